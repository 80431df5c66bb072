package io.hichat.identity.adapter.out.persistence;

import static io.hichat.db.identity.Tables.ATTEMPT_COUNTERS;

import java.time.Duration;
import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import io.hichat.identity.application.port.out.CountAttemptsPort;

/**
 * Attempt counts in PostgreSQL, one row per subject: one upsert counts and answers, so concurrent attempts on any
 * number of instances each get their own number.
 */
@Component
record JooqAttemptCounter(DSLContext dsl) implements CountAttemptsPort {

    @Override
    public Attempts count(String subject, Duration window, Instant now) {
        var counters = ATTEMPT_COUNTERS;
        var windowOver = counters.WINDOW_END.le(now);
        return dsl.insertInto(counters)
                .set(counters.SUBJECT, subject)
                .set(counters.WINDOW_START, now)
                .set(counters.WINDOW_END, now.plus(window))
                .set(counters.ATTEMPTS, 1)
                .onConflict(counters.SUBJECT)
                .doUpdate()
                .set(counters.ATTEMPTS, DSL.when(windowOver, DSL.inline(1)).otherwise(counters.ATTEMPTS.plus(1)))
                .set(counters.WINDOW_START, DSL.when(windowOver, DSL.excluded(counters.WINDOW_START))
                        .otherwise(counters.WINDOW_START))
                .set(counters.WINDOW_END, DSL.when(windowOver, DSL.excluded(counters.WINDOW_END))
                        .otherwise(counters.WINDOW_END))
                .returning(counters.ATTEMPTS, counters.WINDOW_END)
                .fetchOne(row -> new Attempts(row.get(counters.ATTEMPTS), row.get(counters.WINDOW_END)));
    }

    @Override
    public void forget(String subject) {
        dsl.deleteFrom(ATTEMPT_COUNTERS).where(ATTEMPT_COUNTERS.SUBJECT.eq(subject)).execute();
    }

    @Override
    public void forgetEndedBefore(Instant now) {
        dsl.deleteFrom(ATTEMPT_COUNTERS).where(ATTEMPT_COUNTERS.WINDOW_END.lt(now)).execute();
    }
}
