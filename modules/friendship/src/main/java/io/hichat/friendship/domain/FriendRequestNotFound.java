package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotFound;

public class FriendRequestNotFound extends NotFound {

    public FriendRequestNotFound(FriendRequestId request) {
        super("friend request", request.value());
    }
}
