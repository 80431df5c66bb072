package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

/** A user, as the group context refers to one: by id only. */
@ValueObject
public record UserId(long value) implements NumericId {

    public UserId {
        if (value <= 0) {
            throw new InvalidGroupRequest("a user id is a positive integer, got " + value);
        }
    }
}
