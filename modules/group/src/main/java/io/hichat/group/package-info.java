/**
 * Group: groups, the ways into them (applications, and invitations that wait for the invitee's consent), their
 * handling, and members.
 * <p>
 * It publishes {@code io.hichat.group.events.GroupJoinRequestApproved}, whose listener here adds the member, and
 * {@code GroupDismissed}, whose listener here ends the group's pending invitations. It reads users through identity's
 * {@link io.hichat.identity.UserDirectory} and blocks through friendship's {@link io.hichat.friendship.BlockList},
 * and hears of deleted accounts through identity's {@code UserDeleted} event, after which it ends their memberships
 * and invitations and hands on or dismisses the groups they created.
 */
@ApplicationModule(displayName = "Group",
        allowedDependencies = { "identity", "identity :: events", "friendship" })
@NullMarked
package io.hichat.group;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
