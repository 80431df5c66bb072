package io.hichat.group.application;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.AnswerInvitationCommand;
import io.hichat.group.application.port.in.AnswerInvitationUseCase;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.Invitation.Acceptance;
import io.hichat.group.domain.InvitationAnswer;
import io.hichat.group.domain.InvitationNotFound;
import io.hichat.group.domain.InvitationNotPending;
import io.hichat.group.domain.InviteeStanding;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * An answer is decided under the group's lock, then the lock of the invitee's place in it, and the invitation is read
 * again under them: a dismissal, a cancellation or another answer either committed before (and this sees it) or
 * waits. An acceptance that admits commits with the membership its approval makes, so a full group refuses it whole.
 */
@RequiredArgsConstructor
@Transactional
public class AnswerInvitationService implements AnswerInvitationUseCase {

    private final HoldUsersPort users;
    private final LoadGroupPort groups;
    private final LockMembershipPort locks;
    private final LoadMembershipPort memberships;
    private final LoadJoinRequestPort loadRequests;
    private final SaveJoinRequestPort saveRequests;
    private final LoadInvitationPort loadInvitations;
    private final SaveInvitationPort saveInvitations;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void answer(AnswerInvitationCommand command) {
        Invitation sent = loadInvitations.findById(command.invitation())
                .orElseThrow(() -> new InvitationNotFound(command.invitation()));
        Group group = groups.findByIdForUpdate(sent.getGroup()).orElse(null);
        locks.lockMembership(sent.getGroup(), sent.getInvitee());
        if (command.answer() == InvitationAnswer.ACCEPT) {
            users.holdExisting(List.of(command.by()));
        }
        Invitation invitation = loadInvitations.findById(command.invitation())
                .orElseThrow(() -> new InvitationNotFound(command.invitation()));
        Acceptance acceptance = invitation.answer(command.answer(), command.by(), group, standing(group, invitation),
                saveRequests::nextJoinRequestId, clock.instant());
        if (!saveInvitations.saveIfStillPending(invitation)) {
            throw new InvitationNotPending(invitation.getId());
        }
        events.publishEventsOf(invitation);
        if (acceptance.made() != null && saveRequests.addIfNonePending(acceptance.made())) {
            events.publishEventsOf(acceptance.made());
        }
        if (acceptance.approved() != null) {
            save(acceptance.approved());
        }
    }

    private InviteeStanding standing(@Nullable Group group, Invitation invitation) {
        if (group == null) {
            return new InviteeStanding(null, null, null);
        }
        return new InviteeStanding(memberships.find(group.getId(), invitation.getInvitee()).orElse(null),
                invitation.getInviter() == null ? null
                        : memberships.find(group.getId(), invitation.getInviter()).orElse(null),
                loadRequests.findPending(group.getId(), invitation.getInvitee()).orElse(null));
    }

    private void save(JoinRequest approved) {
        if (!saveRequests.saveIfStillPending(approved)) {
            throw new JoinRequestAlreadyHandled(approved.getId());
        }
        events.publishEventsOf(approved);
    }
}
