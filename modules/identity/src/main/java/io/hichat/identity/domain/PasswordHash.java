package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A one-way hash of a password; the only form in which a password is stored.
 */
@ValueObject
public record PasswordHash(String value) {

    public PasswordHash {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
