package io.hichat.group.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.UserId;

public interface LoadMembershipPort {

    Optional<Membership> find(GroupId group, UserId user);

    /** Every member of the group, in one query. */
    List<UserId> memberIds(GroupId group);

    /** The group's members in list order (role, then joining order), after the given position. */
    List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after, @Nullable Collection<Long> only);

    /** The groups the user is a member of, by id. */
    List<GroupId> groupIdsOf(UserId member);

    /**
     * Who would take over the group from the given member: its longest-standing manager, else its longest-standing
     * member; none when the given member is alone.
     */
    Optional<Membership> successorOf(GroupId group, UserId leaving);
}
