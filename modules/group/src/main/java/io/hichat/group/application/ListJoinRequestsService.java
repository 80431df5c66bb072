package io.hichat.group.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ListJoinRequestsQuery;
import io.hichat.group.application.port.in.ListJoinRequestsUseCase;
import io.hichat.group.application.port.in.ListedJoinRequest;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupAction;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.InvalidGroupRequest;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.RequestClass;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ListJoinRequestsService implements ListJoinRequestsUseCase {

    private final LoadJoinRequestPort requests;
    private final LoadGroupPort groups;
    private final LoadMembershipPort memberships;
    private final LoadUserCardsPort users;

    /** A fixed number of lookups however long the list: the requests, then their groups and applicants at once. */
    @Override
    public List<ListedJoinRequest> list(ListJoinRequestsQuery query) {
        List<JoinRequest> found = query.requestClass() == RequestClass.MINE
                ? requests.listOfApplicant(query.user(), query.results(), query.limit(), query.before(),
                        query.only())
                : requests.listOfGroup(administeredGroup(query), query.results(), query.limit(), query.before(),
                        query.only());
        Map<GroupId, Group> groupsById = groups.findAllById(found.stream().map(JoinRequest::getGroup).toList())
                .stream().collect(Collectors.toMap(Group::getId, Function.identity()));
        Map<UserId, UserCard> cards = users.cardsOf(found.stream().map(JoinRequest::getApplicant).toList());
        return found.stream().map(request -> new ListedJoinRequest(request,
                cards.getOrDefault(request.getApplicant(), UserCard.unknown(request.getApplicant())),
                groupsById.get(request.getGroup()))).toList();
    }

    private GroupId administeredGroup(ListJoinRequestsQuery query) {
        GroupId group = query.group();
        if (group == null) {
            throw new InvalidGroupRequest("a group's join requests are listed for a group; none was named");
        }
        if (groups.findById(group).isEmpty()) {
            throw new GroupNotFound(group);
        }
        GroupAction.SEE_JOIN_REQUESTS.require(group, memberships.find(group, query.user()).orElse(null));
        return group;
    }
}
