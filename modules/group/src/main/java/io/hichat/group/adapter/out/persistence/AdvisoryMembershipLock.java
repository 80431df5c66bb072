package io.hichat.group.adapter.out.persistence;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import io.hichat.db.AdvisoryLocks;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/** A PostgreSQL advisory lock per group and user. */
@Component
record AdvisoryMembershipLock(DSLContext dsl) implements LockMembershipPort {

    /** The kind half of the key, which keeps these locks apart from any other. */
    private static final int MEMBERSHIPS = 0x67726d62;

    @Override
    public void lockMembership(GroupId group, UserId user) {
        AdvisoryLocks.lockForTransaction(dsl, MEMBERSHIPS, group.value(), user.value());
    }
}
