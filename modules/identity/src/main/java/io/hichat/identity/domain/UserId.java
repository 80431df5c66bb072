package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

@ValueObject
public record UserId(long value) implements NumericId {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user ids are positive, got " + value);
        }
    }
}
