package io.hichat.identity.adapter.in.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.hichat.identity.application.port.in.ForgetEndedAttemptsUseCase;

/**
 * Deletes the attempt counts of ended windows once a minute. Every instance does it; the delete is idempotent, so
 * no lock is needed to run it on one only.
 */
@Component
record ForgetEndedAttempts(ForgetEndedAttemptsUseCase attempts) {

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetEnded() {
        attempts.forgetEnded();
    }
}
