package io.hichat.identity.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A signed access token and the moment it stops being accepted.
 */
@ValueObject
public record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
