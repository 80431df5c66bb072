package io.hichat.friendship.adapter.out.persistence;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import io.hichat.db.AdvisoryLocks;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.shared.domain.UserId;

/** A PostgreSQL advisory lock per pair of users, the lower id first, so either order names the same lock. */
@Component
record AdvisoryFriendPairLock(DSLContext dsl) implements LockFriendPairPort {

    /** The kind half of the key, which keeps these locks apart from any other. */
    private static final int FRIEND_PAIRS = 0x66726e64;

    @Override
    public void lockPair(UserId one, UserId other) {
        AdvisoryLocks.lockForTransaction(dsl, FRIEND_PAIRS, Math.min(one.value(), other.value()),
                Math.max(one.value(), other.value()));
    }
}
