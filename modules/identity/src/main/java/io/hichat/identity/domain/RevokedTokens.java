package io.hichat.identity.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.hichat.identity.domain.TokenRevocation.LoggedOut;
import io.hichat.identity.domain.TokenRevocation.PasswordChanged;
import io.hichat.shared.domain.UserId;

/**
 * The revocations in force, held so that judging a token costs two lookups: one by the token's id, one by its
 * user (a password change or a deleted account). Adding the same revocation again changes nothing, so revocations
 * may be added in any order and more than once; each is forgotten once it has expired.
 */
public final class RevokedTokens {

    private final Map<String, LoggedOut> loggedOut = new ConcurrentHashMap<>();
    private final Map<UserId, TokenRevocation> byUser = new ConcurrentHashMap<>();

    public void add(TokenRevocation revocation) {
        if (revocation instanceof LoggedOut logout) {
            loggedOut.put(logout.tokenId(), logout);
        } else {
            byUser.merge(revocation.user(), revocation, RevokedTokens::wider);
        }
    }

    /** The revocation that refuses the token, if one does; an expired token is refused elsewhere. */
    public Optional<TokenRevocation> refusing(IssuedToken token) {
        LoggedOut logout = loggedOut.get(token.id());
        if (logout != null) {
            return Optional.of(logout);
        }
        TokenRevocation change = byUser.get(token.user());
        return change != null && change.refuses(token) ? Optional.of(change) : Optional.empty();
    }

    /** Of two revocations of a user's tokens, the one that refuses more: a deletion, else the later generation. */
    private static TokenRevocation wider(TokenRevocation known, TokenRevocation added) {
        if (known instanceof PasswordChanged was && added instanceof PasswordChanged is) {
            return is.newGeneration() > was.newGeneration() ? added : known;
        }
        return known instanceof TokenRevocation.AccountDeleted ? known : added;
    }

    public void forgetExpiredAt(Instant now) {
        loggedOut.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
        byUser.values().removeIf(revocation -> revocation.expiresAt().isBefore(now));
    }

    public int size() {
        return loggedOut.size() + byUser.size();
    }
}
