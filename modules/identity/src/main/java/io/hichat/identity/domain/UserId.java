package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user ids are positive, got " + value);
        }
    }
}
