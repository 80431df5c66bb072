package io.hichat.group.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ExpireInvitationsUseCase;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Invitation;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Ends pending invitations that can no longer be answered. Each is written only if still pending, so an answer that
 * committed first keeps its outcome, and one that comes after finds the invitation ended.
 */
@RequiredArgsConstructor
@Transactional
public class ExpireInvitationsService implements ExpireInvitationsUseCase {

    /** How many invitations a round ends at most: a round is one short transaction, the next takes the rest. */
    static final int ROUND = 500;

    private final LoadInvitationPort loadInvitations;
    private final SaveInvitationPort saveInvitations;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public int expireDue() {
        if (!saveInvitations.takeExpiryRound()) {
            return 0;
        }
        Instant now = clock.instant();
        return expire(loadInvitations.pendingDueBy(now, ROUND), now);
    }

    @Override
    public void expireInvitationsInto(GroupId group) {
        expire(loadInvitations.pendingInto(group), clock.instant());
    }

    private int expire(List<Invitation> pending, Instant now) {
        int ended = 0;
        for (Invitation invitation : pending) {
            invitation.expire(now);
            if (saveInvitations.saveIfStillPending(invitation)) {
                events.publishEventsOf(invitation);
                ended++;
            }
        }
        return ended;
    }
}
