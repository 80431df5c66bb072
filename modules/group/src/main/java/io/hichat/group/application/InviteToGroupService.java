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
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.GroupAction;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.DomainEventPublisher;

public final class InviteToGroupService implements InviteToGroupUseCase {

    private final HoldUsersPort users;
    private final LoadGroupPort groups;
    private final LockMembershipPort locks;
    private final LoadMembershipPort memberships;
    private final LoadJoinRequestPort loadRequests;
    private final SaveJoinRequestPort saveRequests;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public InviteToGroupService(HoldUsersPort users, LoadGroupPort groups, LockMembershipPort locks,
            LoadMembershipPort memberships, LoadJoinRequestPort loadRequests, SaveJoinRequestPort saveRequests,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.locks = locks;
        this.memberships = memberships;
        this.loadRequests = loadRequests;
        this.saveRequests = saveRequests;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void invite(InviteToGroupCommand command) {
        transactions.executeWithoutResult(status -> {
            users.holdExisting(List.of(command.invitee()));
            if (groups.findByIdForUpdate(command.group()).isEmpty()) {
                throw new GroupNotFound(command.group());
            }
            locks.lockMembership(command.group(), command.invitee());
            Membership inviter = GroupAction.INVITE.require(command.group(),
                    memberships.find(command.group(), command.inviter()).orElse(null));
            if (memberships.find(command.group(), command.invitee()).isPresent()) {
                return;
            }
            Optional<JoinRequest> pending = loadRequests.findPending(command.group(), command.invitee());
            if (pending.isPresent()) {
                if (pending.get().invitedBy(inviter, clock.instant())) {
                    saveDecision(pending.get());
                }
                return;
            }
            JoinRequest invitation = JoinRequest.invitedBy(saveRequests.nextJoinRequestId(), inviter, command.invitee(),
                    clock.instant());
            if (saveRequests.addIfNonePending(invitation)) {
                events.publishEventsOf(invitation);
            }
        });
    }

    private void saveDecision(JoinRequest pending) {
        if (!saveRequests.saveIfStillPending(pending)) {
            throw new JoinRequestAlreadyHandled(pending.getId());
        }
        events.publishEventsOf(pending);
    }
}
