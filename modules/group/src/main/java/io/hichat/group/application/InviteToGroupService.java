package io.hichat.group.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.InviteToGroupUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.GroupAction;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.UserNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

public record InviteToGroupService(LoadUserCardsPort users, LoadGroupPort groups, LockMembershipPort locks,
        LoadMembershipPort memberships, LoadJoinRequestPort loadRequests, SaveJoinRequestPort saveRequests,
        DomainEventPublisher events, TransactionOperations transactions, Clock clock) implements InviteToGroupUseCase {

    @Override
    public void invite(InviteToGroupCommand command) {
        if (!users.exists(command.invitee())) {
            throw new UserNotFound(command.invitee());
        }
        transactions.executeWithoutResult(status -> {
            if (groups.findByIdForUpdate(command.group()).isEmpty()) {
                throw new GroupNotFound(command.group());
            }
            locks.lockMembership(command.group(), command.invitee());
            users.holdExisting(List.of(command.invitee())).ifPresent(missing -> {
                throw new UserNotFound(missing);
            });
            Membership inviter = GroupAction.INVITE.require(command.group(),
                    memberships.find(command.group(), command.inviter()).orElse(null));
            if (memberships.find(command.group(), command.invitee()).isPresent()) {
                return;
            }
            Optional<JoinRequest> pending = loadRequests.findPending(command.group(), command.invitee());
            if (pending.isPresent()) {
                approveIfAdmin(pending.get(), inviter);
                return;
            }
            JoinRequest invitation = JoinRequest.invitedBy(saveRequests.nextJoinRequestId(), inviter, command.invitee(),
                    clock.instant());
            if (saveRequests.addIfNonePending(invitation)) {
                events.publishEventsOf(invitation);
            }
        });
    }

    /** An admin's invitation admits a user who already asked; a plain member's adds nothing to the waiting request. */
    private void approveIfAdmin(JoinRequest pending, Membership inviter) {
        if (!GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(pending.getGroup(), inviter)) {
            return;
        }
        pending.approve(inviter, clock.instant());
        if (!saveRequests.saveIfStillPending(pending)) {
            throw new JoinRequestAlreadyHandled(pending.getId());
        }
        events.publishEventsOf(pending);
    }
}
