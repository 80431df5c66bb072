package io.hichat.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.FollowTokenRevocationsUseCase;
import io.hichat.identity.application.port.out.TokenRevocationsPort;
import io.hichat.identity.application.port.out.TokenRevocationsPort.Revocations;
import io.hichat.identity.domain.IssuedToken;
import io.hichat.identity.domain.RevokedTokens;
import io.hichat.identity.domain.TokenRevocation;

/**
 * This instance's view of the revocations every instance stored (contract §8.3). Judging a token reads only
 * memory; the view reads everything unexpired on first use, then follows what is committed since when
 * {@link #catchUp} is called. A revocation made here is in the view as soon as it is committed.
 */
@RequiredArgsConstructor
public final class TokenRevocations implements FollowTokenRevocationsUseCase {

    private final TokenRevocationsPort stored;
    private final Clock clock;
    private final RevokedTokens view = new RevokedTokens();
    private volatile boolean loaded;
    private long cursor;

    public Optional<TokenRevocation> refusing(IssuedToken token) {
        if (!loaded) {
            catchUp();
        }
        return view.refusing(token);
    }

    /**
     * Stores a revocation, in the caller's transaction; {@link #committed} takes it in once that has committed.
     *
     * @return whether it was new (a logout of a token already logged out stores nothing)
     */
    public boolean add(TokenRevocation revocation) {
        return stored.add(revocation);
    }

    /** Takes in a revocation this instance just committed, without waiting for the next catch-up. */
    public void committed(TokenRevocation revocation) {
        view.add(revocation);
    }

    @Override
    public synchronized void catchUp() {
        Revocations read = loaded ? stored.readSince(cursor) : stored.readUnexpired(clock.instant());
        read.revocations().forEach(view::add);
        cursor = read.cursor();
        loaded = true;
    }

    @Override
    public void forgetExpired() {
        Instant now = clock.instant();
        view.forgetExpiredAt(now);
        stored.deleteExpiredAt(now);
    }
}
