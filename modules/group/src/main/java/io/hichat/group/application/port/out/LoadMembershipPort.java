package io.hichat.group.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.UserId;

public interface LoadMembershipPort {

    Optional<Membership> find(GroupId group, UserId user);

    /** Every member of the group, in one query. */
    List<UserId> memberIds(GroupId group);

    /** The group's members in list order (role, then joining order), after the given position. */
    List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after);
}
