package io.hichat.group.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.JoinGroupUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.JoinRequest;
import io.hichat.shared.domain.DomainEventPublisher;

public final class JoinGroupService implements JoinGroupUseCase {

    private final HoldUsersPort users;
    private final LoadGroupPort groups;
    private final LockMembershipPort locks;
    private final LoadMembershipPort memberships;
    private final LoadJoinRequestPort loadRequests;
    private final SaveJoinRequestPort saveRequests;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public JoinGroupService(HoldUsersPort users, LoadGroupPort groups, LockMembershipPort locks,
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

    /**
     * Decides and writes under the lock of the applicant's place in the group, so repeated applications and a
     * decision on one take turns, and each sees what the one before it wrote. The applicant is held existing until
     * it commits, so the applicant's account deletion finds what it wrote, or this finds the applicant gone.
     */
    @Override
    public void join(JoinGroupCommand command) {
        transactions.executeWithoutResult(status -> {
            Group group = groups.findByIdForUpdate(command.group())
                    .orElseThrow(() -> new GroupNotFound(command.group()));
            locks.lockMembership(group.getId(), command.applicant());
            users.holdExisting(List.of(command.applicant()));
            if (memberships.find(group.getId(), command.applicant()).isPresent()
                    || loadRequests.findPending(group.getId(), command.applicant()).isPresent()) {
                return;
            }
            JoinRequest request = JoinRequest.ask(saveRequests.nextJoinRequestId(), group, command.applicant(),
                    command.message(), command.source(), command.claimedInviter(), clock.instant());
            if (saveRequests.addIfNonePending(request)) {
                events.publishEventsOf(request);
            }
        });
    }
}
