package io.hichat.group.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ListMembersUseCase;
import io.hichat.group.application.port.in.ListedMember;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.domain.GroupAction;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ListMembersService implements ListMembersUseCase {

    private final LoadGroupPort groups;
    private final LoadMembershipPort memberships;
    private final LoadUserCardsPort users;

    /** A fixed number of lookups however many members: the group, the caller's membership, the members, the users. */
    @Override
    public List<ListedMember> list(UserId user, GroupId group, int limit, @Nullable MemberCursor after,
            @Nullable Collection<Long> only) {
        if (groups.findById(group).isEmpty()) {
            throw new GroupNotFound(group);
        }
        GroupAction.SEE_MEMBERS.require(group, memberships.find(group, user).orElse(null));
        List<Member> members = memberships.membersOf(group, limit, after, only);
        Map<UserId, UserCard> cards = users.cardsOf(members.stream().map(member -> member.membership().user())
                .toList());
        return members.stream().map(member -> {
            UserId memberUser = member.membership().user();
            return new ListedMember(member, cards.getOrDefault(memberUser, UserCard.unknown(memberUser)),
                    memberUser.equals(user));
        }).toList();
    }
}
