package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

/** A user, as friendship refers to one: by id only. */
@ValueObject
public record UserId(long value) implements NumericId {

    public UserId {
        if (value <= 0) {
            throw new InvalidFriendRequest("a user id is a positive integer, got " + value);
        }
    }
}
