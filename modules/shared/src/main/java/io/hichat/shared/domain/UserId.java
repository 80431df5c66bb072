package io.hichat.shared.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A user, as every context refers to one: by id only. Identity owns the user; the others hold this reference. */
@ValueObject
public record UserId(long value) implements NumericId {

    public UserId {
        if (value <= 0) {
            throw new Invalid("a user id is a positive integer, got " + value);
        }
    }
}
