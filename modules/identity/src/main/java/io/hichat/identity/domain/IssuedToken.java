package io.hichat.identity.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.UserId;

/**
 * What a verified access token says.
 *
 * @param user whose token it is
 * @param id the token's own id, its {@code jti}
 * @param generation the generation of the user's tokens it was issued in; a password change starts a new one
 * @param expiresAt when it stops being accepted
 */
@ValueObject
public record IssuedToken(UserId user, String id, int generation, Instant expiresAt) {

    public IssuedToken {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
