package io.hichat.identity.adapter.out.persistence;

import static io.hichat.db.identity.Tables.ATTEMPT_COUNTERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.identity.application.port.out.CountAttemptsPort.Attempts;
import io.hichat.testing.HttpApiTest;

/** Attempt counts in PostgreSQL: one atomic statement per attempt, windows that restart, ended ones deleted. */
@HttpApiTest
class JooqAttemptCounterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Autowired
    JooqAttemptCounter counter;
    @Autowired
    DSLContext dsl;

    @Test
    void twentyConcurrentAttemptsEachGetTheirOwnNumber() throws Exception {
        String subject = "test:" + UUID.randomUUID();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> attempts = IntStream.range(0, 20)
                    .<Callable<Integer>>mapToObj(i -> () -> counter.count(subject, WINDOW, NOW).count()).toList();
            List<Integer> numbers = clients.invokeAll(attempts).stream().map(this::join).toList();

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aWindowThatEndedStartsAgainAtOneAndForgettingStartsAfresh() {
        String subject = "test:" + UUID.randomUUID();
        counter.count(subject, WINDOW, NOW);
        Attempts second = counter.count(subject, WINDOW, NOW.plusSeconds(60));

        Attempts afterTheWindow = counter.count(subject, WINDOW, NOW.plus(WINDOW));
        counter.forget(subject);
        Attempts afterForgetting = counter.count(subject, WINDOW, NOW.plus(WINDOW).plusSeconds(1));

        assertThat(second).isEqualTo(new Attempts(2, NOW.plus(WINDOW)));
        assertThat(afterTheWindow).isEqualTo(new Attempts(1, NOW.plus(WINDOW).plus(WINDOW)));
        assertThat(afterForgetting.count()).isEqualTo(1);
    }

    @Test
    void endedWindowsAreDeleted() {
        String ended = "test:" + UUID.randomUUID();
        String running = "test:" + UUID.randomUUID();
        counter.count(ended, Duration.ofSeconds(1), NOW.minusSeconds(10));
        counter.count(running, WINDOW, NOW);

        counter.forgetEndedBefore(NOW);

        assertThat(dsl.fetchCount(ATTEMPT_COUNTERS, ATTEMPT_COUNTERS.SUBJECT.eq(ended))).isZero();
        assertThat(dsl.fetchCount(ATTEMPT_COUNTERS, ATTEMPT_COUNTERS.SUBJECT.eq(running))).isOne();
    }

    private int join(Future<Integer> number) {
        try {
            return number.get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
