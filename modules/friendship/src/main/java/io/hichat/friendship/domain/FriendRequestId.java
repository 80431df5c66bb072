package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

@ValueObject
public record FriendRequestId(long value) implements NumericId {

    public FriendRequestId {
        if (value <= 0) {
            throw new InvalidFriendRequest("a friend request id is a positive integer, got " + value);
        }
    }
}
