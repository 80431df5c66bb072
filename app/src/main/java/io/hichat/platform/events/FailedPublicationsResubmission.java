package io.hichat.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands failed event publications to their listeners again every {@code hichat.events.resubmission-interval}: a
 * listener that threw, or whose run went stale (a process that died mid-way), gets another go without waiting for a
 * restart. Claiming a publication is a conditional update in the registry, so of instances that try at once one
 * hands it over; the listeners are idempotent besides.
 */
public class FailedPublicationsResubmission {

    private static final Logger LOG = LoggerFactory.getLogger(FailedPublicationsResubmission.class);

    private final FailedEventPublications failed;

    FailedPublicationsResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    /** A database out of reach is said in one line; the next round tries again. */
    @Scheduled(fixedDelayString = "${hichat.events.resubmission-interval}",
            initialDelayString = "${hichat.events.resubmission-interval}")
    public void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults());
        } catch (RuntimeException unreachable) {
            LOG.warn("cannot resubmit failed event publications, will retry: {}", unreachable.getMessage());
        }
    }
}
