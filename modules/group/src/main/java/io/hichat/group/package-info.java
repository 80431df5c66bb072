/**
 * Group: groups, requests to join them (applications and invitations), their handling, and members.
 * <p>
 * It publishes {@code io.hichat.group.events.GroupJoinRequestApproved}, whose listener here adds the member. It reads
 * users through identity's {@link io.hichat.identity.UserDirectory}, and hears of deleted accounts through identity's
 * {@code UserDeleted} event, after which it ends their memberships and hands on or dismisses the groups they created.
 */
@ApplicationModule(displayName = "Group", allowedDependencies = { "identity", "identity :: events" })
@NullMarked
package io.hichat.group;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
