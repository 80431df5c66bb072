package io.hichat.identity.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.FollowTokenRevocationsUseCase;

/**
 * Reads the revocations other instances stored, every {@code hichat.token.revocations-poll-interval}, so that a
 * token revoked anywhere is refused here that much later; and once a minute forgets the expired ones. Every
 * instance does both: each keeps its own view, and the delete is idempotent.
 */
@Component
@RequiredArgsConstructor
class FollowTokenRevocations {

    private static final Logger LOG = LoggerFactory.getLogger(FollowTokenRevocations.class);

    private final FollowTokenRevocationsUseCase revocations;
    private volatile boolean failing;

    /**
     * While the database is out of reach (any failure to read counts: jOOQ and the pool fail with their own
     * exceptions), says so once rather than every second, and once when it is back.
     */
    @Scheduled(fixedDelayString = "${hichat.token.revocations-poll-interval}")
    void catchUp() {
        try {
            revocations.catchUp();
            if (failing) {
                failing = false;
                LOG.info("following token revocations again");
            }
        } catch (RuntimeException unreachable) {
            if (!failing) {
                failing = true;
                LOG.warn("cannot read token revocations, will retry: {}", unreachable.getMessage());
            }
        }
    }

    /** Tried again a minute later if the database cannot be reached; what is not forgotten now is later. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetExpired() {
        try {
            revocations.forgetExpired();
        } catch (RuntimeException unreachable) {
            LOG.warn("cannot forget expired token revocations, will retry: {}", unreachable.getMessage());
        }
    }
}
