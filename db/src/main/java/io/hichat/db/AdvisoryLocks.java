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

    /**
     * Takes the lock of a kind of work (its second half 0) if no other transaction holds it, without waiting: for
     * work that one instance at a time does.
     *
     * @return whether this transaction has it
     */
    public static boolean tryLockForTransaction(DSLContext dsl, int kind) {
        return Boolean.TRUE.equals(dsl.fetchValue("SELECT pg_try_advisory_xact_lock(?, 0)", kind));
    }
}
