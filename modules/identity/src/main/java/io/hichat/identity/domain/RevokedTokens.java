package io.hichat.identity.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.hichat.identity.domain.TokenRevocation.LoggedOut;
import io.hichat.identity.domain.TokenRevocation.PasswordChanged;

/**
 * The revocations in force, held so that judging a token costs two lookups: one by the token's id, one by its
 * user. Adding the same revocation again changes nothing, so revocations may be added in any order and more than
 * once; each is forgotten once it has expired.
 */
public final class RevokedTokens {

    private final Map<String, LoggedOut> loggedOut = new ConcurrentHashMap<>();
    private final Map<UserId, PasswordChanged> passwordChanges = new ConcurrentHashMap<>();

    public void add(TokenRevocation revocation) {
        if (revocation instanceof LoggedOut logout) {
            loggedOut.put(logout.tokenId(), logout);
        } else if (revocation instanceof PasswordChanged change) {
            passwordChanges.merge(change.user(), change,
                    (known, added) -> added.newGeneration() > known.newGeneration() ? added : known);
        }
    }

    /** The revocation that refuses the token, if one does; an expired token is refused elsewhere. */
    public Optional<TokenRevocation> refusing(IssuedToken token) {
        LoggedOut logout = loggedOut.get(token.id());
        if (logout != null) {
            return Optional.of(logout);
        }
        PasswordChanged change = passwordChanges.get(token.user());
        return change != null && change.refuses(token) ? Optional.of(change) : Optional.empty();
    }

    public void forgetExpiredAt(Instant now) {
        loggedOut.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
        passwordChanges.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
    }

    public int size() {
        return loggedOut.size() + passwordChanges.size();
    }
}
