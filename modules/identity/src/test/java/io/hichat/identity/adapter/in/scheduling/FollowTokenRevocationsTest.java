package io.hichat.identity.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

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

    @Test
    void aFailedReadIsTriedAgainAtTheNextTickAndNeverStopsTheSchedule() {
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
    }
}
