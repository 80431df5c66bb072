package io.hichat.identity.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.UserId;

/**
 * Tokens refused before their expiry (contract §8.3). A revocation matters only until every token it refuses has
 * expired, so it is kept until {@link #expiresAt()} and no longer.
 */
@ValueObject
public sealed interface TokenRevocation {

    UserId user();

    Instant expiresAt();

    boolean refuses(IssuedToken token);

    /** Why a token it refuses is refused, for the 401's message. */
    String reason();

    /** Logging out refuses the one token the client logged out with, until that token's expiry. */
    record LoggedOut(UserId user, String tokenId, Instant expiresAt) implements TokenRevocation {

        public LoggedOut {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(tokenId, "tokenId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public static LoggedOut of(IssuedToken token) {
            return new LoggedOut(token.user(), token.id(), token.expiresAt());
        }

        @Override
        public boolean refuses(IssuedToken token) {
            return tokenId.equals(token.id());
        }

        @Override
        public String reason() {
            return "the token was logged out";
        }
    }

    /**
     * A password change refuses every token of the user's generations before {@code newGeneration}, until the
     * expiry of the token it hands out: every earlier token expires no later than that one.
     */
    record PasswordChanged(UserId user, int newGeneration, Instant expiresAt) implements TokenRevocation {

        public PasswordChanged {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public boolean refuses(IssuedToken token) {
            return user.equals(token.user()) && token.generation() < newGeneration;
        }

        @Override
        public String reason() {
            return "the password was changed after the token was issued";
        }
    }

    /** A deleted account refuses every token its user was issued, until the latest of them could expire. */
    record AccountDeleted(UserId user, Instant expiresAt) implements TokenRevocation {

        public AccountDeleted {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public boolean refuses(IssuedToken token) {
            return user.equals(token.user());
        }

        @Override
        public String reason() {
            return "the token's account was deleted";
        }
    }
}
