package io.hichat.friendship.domain;

public class FriendRequestNotFound extends RuntimeException {

    public FriendRequestNotFound(FriendRequestId request) {
        super("friend request " + request.value() + " does not exist");
    }
}
