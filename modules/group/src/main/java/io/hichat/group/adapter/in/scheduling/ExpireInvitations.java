package io.hichat.group.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ExpireInvitationsUseCase;

/**
 * Ends the invitations whose time is up every {@code hichat.group.invitation-sweep-interval}. Every instance tries;
 * the one that takes the round's advisory lock does it (decision 0020). A database out of reach is said in one
 * line; the next round tries again.
 */
@Component
@RequiredArgsConstructor
class ExpireInvitations {

    private static final Logger LOG = LoggerFactory.getLogger(ExpireInvitations.class);

    private final ExpireInvitationsUseCase invitations;

    @Scheduled(fixedDelayString = "${hichat.group.invitation-sweep-interval}",
            initialDelayString = "${hichat.group.invitation-sweep-interval}")
    void expireDue() {
        try {
            invitations.expireDue();
        } catch (RuntimeException unreachable) {
            LOG.warn("cannot end expired invitations, will retry: {}", unreachable.getMessage());
        }
    }
}
