package io.hichat.identity.application.port.out;

import java.time.Instant;

import io.hichat.identity.domain.AccessToken;
import io.hichat.shared.domain.UserId;

public interface IssueAccessTokenPort {

    /** A new token of the given generation of the user's tokens, with an id of its own. */
    AccessToken issue(UserId user, int generation, Instant now);

    /** When a token issued at {@code now} expires: no token issued before outlives it. */
    Instant expiryOfTokenIssuedAt(Instant now);
}
