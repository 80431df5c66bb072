package io.hichat.db;

import org.jooq.DSLContext;

/**
 * PostgreSQL's transaction-scoped advisory locks, keyed by a kind and a pair of ids: for writes that must take
 * turns per pair of things that may have no row to lock yet. Commit or rollback releases the lock. The pair is
 * hashed into one half of the key, so two pairs of one kind may share a lock; they then only wait for each other.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Takes the lock, waiting while another transaction holds it; only meaningful inside a transaction. */
    public static void lockForTransaction(DSLContext dsl, int kind, long first, long second) {
        dsl.execute("SELECT pg_advisory_xact_lock(?, ?)", kind, 31 * Long.hashCode(first) + Long.hashCode(second));
    }
}
