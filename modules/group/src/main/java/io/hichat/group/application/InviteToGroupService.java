package io.hichat.group.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.InviteToGroupUseCase;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LoadBlocksPort;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * A member invites a user, under the group's lock and then the lock of the invitee's place in it, as every way into
 * a group is decided: a repeated invitation, the invitee's own application and an answer take turns. The invitee is
 * held existing until it commits, so their account's deletion finds the invitation, or this finds them gone.
 */
@RequiredArgsConstructor
@Transactional
public class InviteToGroupService implements InviteToGroupUseCase {

    private final HoldUsersPort users;
    private final LoadGroupPort groups;
    private final LockMembershipPort locks;
    private final LoadMembershipPort memberships;
    private final LoadBlocksPort blocks;
    private final LoadJoinRequestPort loadRequests;
    private final SaveJoinRequestPort saveRequests;
    private final LoadInvitationPort loadInvitations;
    private final SaveInvitationPort saveInvitations;
    private final DomainEventPublisher events;
    /** How long an invitation waits for its answer. */
    private final Duration invitationTtl;
    private final Clock clock;

    @Override
    public Optional<InvitationId> invite(InviteToGroupCommand command) {
        users.holdExisting(List.of(command.invitee()));
        GroupId group = groups.findByIdForUpdate(command.group()).orElseThrow(() -> new GroupNotFound(command.group()))
                .getId();
        locks.lockMembership(group, command.invitee());
        Membership invitersPlace = memberships.find(group, command.inviter()).orElse(null);
        Instant now = clock.instant();
        Invitation invitation = Invitation.send(saveInvitations.nextInvitationId(), group, invitersPlace,
                command.invitee(), blocks.hasBlocked(command.invitee(), command.inviter()), invitationTtl, now);
        if (memberships.find(group, command.invitee()).isPresent()) {
            return Optional.empty();
        }
        Optional<JoinRequest> application = loadRequests.findPending(group, command.invitee());
        if (application.isPresent()) {
            if (invitersPlace != null && application.get().invitedBy(invitersPlace, now)) {
                approve(application.get());
            }
            return Optional.empty();
        }
        Optional<Invitation> pending = loadInvitations.findPendingInvitation(group, command.invitee());
        if (pending.isPresent()) {
            return Optional.of(pending.get().getId());
        }
        if (!saveInvitations.addIfNonePending(invitation)) {
            throw new IllegalStateException("an invitation of user " + command.invitee().value() + " into group "
                    + group.value() + " was sent while their place in it was locked");
        }
        events.publishEventsOf(invitation);
        return Optional.of(invitation.getId());
    }

    private void approve(JoinRequest application) {
        if (!saveRequests.saveIfStillPending(application)) {
            throw new JoinRequestAlreadyHandled(application.getId());
        }
        events.publishEventsOf(application);
    }
}
