package io.hichat.friendship.application;

import java.util.List;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ListFriendRequestsQuery;
import io.hichat.friendship.application.port.in.ListFriendRequestsUseCase;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;

@RequiredArgsConstructor
public final class ListFriendRequestsService implements ListFriendRequestsUseCase {

    private final LoadFriendRequestPort requests;

    @Override
    public List<FriendRequest> list(ListFriendRequestsQuery query) {
        return requests.list(query.user(), query.box(), query.results(), query.limit(), query.before(),
                query.only());
    }
}
