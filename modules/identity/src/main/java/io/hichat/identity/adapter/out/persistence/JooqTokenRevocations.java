package io.hichat.identity.adapter.out.persistence;

import static io.hichat.db.identity.Tables.TOKEN_REVOCATIONS;

import java.time.Instant;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import io.hichat.db.identity.tables.records.TokenRevocationsRecord;
import io.hichat.identity.application.port.out.TokenRevocationsPort;
import io.hichat.identity.domain.TokenRevocation.AccountDeleted;
import io.hichat.identity.domain.TokenRevocation.LoggedOut;
import io.hichat.identity.domain.TokenRevocation.PasswordChanged;
import io.hichat.identity.domain.TokenRevocation;
import io.hichat.shared.domain.UserId;

/**
 * Revocations in PostgreSQL. Each row records the id of the transaction that wrote it; the cursor handed to
 * readers is the oldest transaction still running when they read (its snapshot's xmin), so the next read, of the
 * rows written by that transaction or later ones, finds every row committed since, including those of
 * transactions that were running at the time, and a few rows read already.
 */
@Component
record JooqTokenRevocations(DSLContext dsl) implements TokenRevocationsPort {

    /** A deleted account's row refuses the tokens of every generation below this one: all of them. */
    private static final int EVERY_GENERATION = Integer.MAX_VALUE;

    private static final Field<Long> OLDEST_RUNNING_TRANSACTION =
            DSL.field("pg_snapshot_xmin(pg_current_snapshot())::text::bigint", SQLDataType.BIGINT);

    @Override
    public boolean add(TokenRevocation revocation) {
        var insert = dsl.insertInto(TOKEN_REVOCATIONS)
                .set(TOKEN_REVOCATIONS.USER_ID, revocation.user().value())
                .set(TOKEN_REVOCATIONS.EXPIRES_AT, revocation.expiresAt());
        if (revocation instanceof LoggedOut logout) {
            insert = insert.set(TOKEN_REVOCATIONS.TOKEN_ID, logout.tokenId());
        } else if (revocation instanceof PasswordChanged change) {
            insert = insert.set(TOKEN_REVOCATIONS.BELOW_GENERATION, change.newGeneration());
        } else if (revocation instanceof AccountDeleted) {
            insert = insert.set(TOKEN_REVOCATIONS.BELOW_GENERATION, EVERY_GENERATION);
        }
        return insert.onConflictDoNothing().execute() == 1;
    }

    @Override
    public Revocations readUnexpired(Instant now) {
        return read(TOKEN_REVOCATIONS.EXPIRES_AT.gt(now));
    }

    @Override
    public Revocations readSince(long cursor) {
        return read(TOKEN_REVOCATIONS.RECORDED_IN.ge(cursor));
    }

    /** The cursor is taken first: whatever was committed before it is visible to the read that follows. */
    private Revocations read(Condition which) {
        long cursor = dsl.select(OLDEST_RUNNING_TRANSACTION).fetchSingle().value1();
        List<TokenRevocation> revocations = dsl.selectFrom(TOKEN_REVOCATIONS).where(which)
                .fetch(JooqTokenRevocations::toRevocation);
        return new Revocations(revocations, cursor);
    }

    @Override
    public void deleteExpiredAt(Instant now) {
        dsl.deleteFrom(TOKEN_REVOCATIONS).where(TOKEN_REVOCATIONS.EXPIRES_AT.lt(now)).execute();
    }

    private static TokenRevocation toRevocation(TokenRevocationsRecord row) {
        UserId user = new UserId(row.getUserId());
        if (row.getTokenId() != null) {
            return new LoggedOut(user, row.getTokenId(), row.getExpiresAt());
        }
        return row.getBelowGeneration() == EVERY_GENERATION ? new AccountDeleted(user, row.getExpiresAt())
                : new PasswordChanged(user, row.getBelowGeneration(), row.getExpiresAt());
    }
}
