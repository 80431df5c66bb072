package io.hichat.group.application.port.in;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.MemberCursor;
import io.hichat.shared.domain.UserId;

public interface ListMembersUseCase {

    /**
     * The group's members, for its members only: the creator first, then managers, then in the order they joined.
     *
     * @throws io.hichat.group.domain.GroupNotFound if there is no such group
     * @throws io.hichat.group.domain.NotAllowedInGroup if the user is not a member
     */
    List<ListedMember> list(UserId user, GroupId group, int limit, @Nullable MemberCursor after,
            @Nullable Collection<Long> only);
}
