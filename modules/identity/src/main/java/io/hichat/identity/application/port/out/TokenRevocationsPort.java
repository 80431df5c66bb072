package io.hichat.identity.application.port.out;

import java.time.Instant;
import java.util.List;

import io.hichat.identity.domain.TokenRevocation;

/**
 * Revocations shared by every instance on the database. Each instance reads them into memory and then follows what
 * the others add, with a cursor this port hands out and understands.
 */
public interface TokenRevocationsPort {

    /**
     * Stores a revocation in the caller's transaction.
     *
     * @return false if the same revocation was stored already, which is then left as it was
     */
    boolean add(TokenRevocation revocation);

    /** Every revocation not yet expired at {@code now}, and the cursor to follow on from. */
    Revocations readUnexpired(Instant now);

    /**
     * The revocations committed since the read that handed out {@code cursor} (some that were read before may come
     * again), and the cursor to follow on from.
     */
    Revocations readSince(long cursor);

    void deleteExpiredAt(Instant now);

    record Revocations(List<TokenRevocation> revocations, long cursor) {
    }
}
