package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record FriendRequestId(long value) {

    public FriendRequestId {
        if (value <= 0) {
            throw new InvalidFriendRequest("a friend request id is a positive integer, got " + value);
        }
    }
}
