package io.hichat.friendship.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.TrimListChangesUseCase;

/**
 * Forgets the lists' removals kept past {@code hichat.sync.removals-kept}, every {@code hichat.sync.trim-interval}.
 * Every instance tries; the one that takes the round's advisory lock does it (decision 0021). A database out of
 * reach is said in one line; the next round tries again.
 */
@Component
@RequiredArgsConstructor
class TrimListChanges {

    private static final Logger LOG = LoggerFactory.getLogger(TrimListChanges.class);

    private final TrimListChangesUseCase lists;

    @Scheduled(fixedDelayString = "${hichat.sync.trim-interval}", initialDelayString = "${hichat.sync.trim-interval}")
    void trim() {
        try {
            lists.trimRound();
        } catch (RuntimeException unreachable) {
            LOG.warn("cannot trim the friendship lists' removals, will retry: {}", unreachable.getMessage());
        }
    }
}
