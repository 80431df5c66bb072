package io.hichat.friendship.application.port.in;

import java.util.List;

import io.hichat.friendship.domain.FriendRequest;

public interface ListFriendRequestsUseCase {

    /** The user's requests in the box, newest first. */
    List<FriendRequest> list(ListFriendRequestsQuery query);
}
