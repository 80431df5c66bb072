package io.hichat.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

/**
 * Hands failed event publications to their listeners again every {@code hichat.events.resubmission-interval}: a
 * listener that threw, a broker that refused, or a run that went stale (its process died mid-way: the registry's
 * staleness check marks it failed). Of the instances sharing the database, one at a time does it: the one that
 * gets a PostgreSQL advisory lock for the round; the others skip it. Claiming a publication is besides a
 * conditional update, and the listeners are idempotent.
 */
@RequiredArgsConstructor
public class FailedPublicationsResubmission {

    private static final Logger LOG = LoggerFactory.getLogger(FailedPublicationsResubmission.class);
    /** The kind half of the advisory lock's key, which keeps it apart from any other. */
    private static final int RESUBMISSION = 0x72736d74;

    private final FailedEventPublications failed;
    private final JdbcOperations jdbc;
    private final TransactionOperations transactions;

    /**
     * The claims commit with the round, when the lock goes; the listeners run on other threads meanwhile and
     * record their outcome after it. A database out of reach is said in one line; the next round tries again.
     *
     * @return whether this instance did the round
     */
    @Scheduled(fixedDelayString = "${hichat.events.resubmission-interval}",
            initialDelayString = "${hichat.events.resubmission-interval}")
    public boolean resubmitFailed() {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, 0)", Boolean.class,
                        RESUBMISSION))) {
                    return false;
                }
                failed.resubmit(ResubmissionOptions.defaults());
                return true;
            }));
        } catch (RuntimeException unreachable) {
            LOG.warn("cannot resubmit failed event publications, will retry: {}", unreachable.getMessage());
            return false;
        }
    }
}
