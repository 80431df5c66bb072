package io.hichat.friendship.domain;

import io.hichat.shared.domain.Conflict;

public class FriendRequestAlreadyHandled extends Conflict {

    public FriendRequestAlreadyHandled(FriendRequestId request) {
        super("friend request " + request.value() + " is no longer pending");
    }
}
