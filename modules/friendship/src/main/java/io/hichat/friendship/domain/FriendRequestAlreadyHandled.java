package io.hichat.friendship.domain;

public class FriendRequestAlreadyHandled extends RuntimeException {

    public FriendRequestAlreadyHandled(FriendRequestId request) {
        super("friend request " + request.value() + " is no longer pending");
    }
}
