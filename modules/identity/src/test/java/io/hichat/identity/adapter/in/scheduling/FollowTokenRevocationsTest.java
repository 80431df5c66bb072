package io.hichat.identity.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import io.hichat.identity.application.port.in.FollowTokenRevocationsUseCase;

class FollowTokenRevocationsTest {

    /** Fails while {@code failing} is set, as a database out of reach does, and counts the calls that got through. */
    private static final class Revocations implements FollowTokenRevocationsUseCase {

        boolean failing = true;
        final AtomicInteger caughtUp = new AtomicInteger();
        final AtomicInteger forgotten = new AtomicInteger();

        @Override
        public void catchUp() {
            if (failing) {
                throw new IllegalStateException("connection refused");
            }
            caughtUp.incrementAndGet();
        }

        @Override
        public void forgetExpired() {
            if (failing) {
                throw new IllegalStateException("connection refused");
            }
            forgotten.incrementAndGet();
        }
    }

    private final Logger log = (Logger) LoggerFactory.getLogger(FollowTokenRevocations.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        log.addAppender(logged);
        log.setAdditive(false);
    }

    @AfterEach
    void releaseTheLog() {
        log.detachAppender(logged);
        log.setAdditive(true);
    }

    @Test
    void aFailedReadIsTriedAgainAtTheNextTickSaidOnceAndNeverStopsTheSchedule() {
        Revocations revocations = new Revocations();
        FollowTokenRevocations follow = new FollowTokenRevocations(revocations);

        assertThatNoException().isThrownBy(() -> {
            follow.catchUp();
            follow.catchUp();
            follow.forgetExpired();
        });
        revocations.failing = false;
        follow.catchUp();
        follow.forgetExpired();

        assertThat(revocations.caughtUp).hasValue(1);
        assertThat(revocations.forgotten).hasValue(1);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "cannot read token revocations, will retry: connection refused",
                "cannot forget expired token revocations, will retry: connection refused",
                "following token revocations again");
    }
}
