package io.hichat.group.application;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.HandleJoinRequestCommand;
import io.hichat.group.application.port.in.HandleJoinRequestUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.group.domain.JoinRequestNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

@RequiredArgsConstructor
@Transactional
public class HandleJoinRequestService implements HandleJoinRequestUseCase {

    private final LoadGroupPort groups;
    private final LoadJoinRequestPort loadRequests;
    private final LockMembershipPort locks;
    private final SaveJoinRequestPort saveRequests;
    private final LoadMembershipPort memberships;
    private final DomainEventPublisher events;
    private final Clock clock;

    /**
     * The decision, its events and what their in-transaction listener does (the membership of an approval) commit
     * together, under the group's lock and then the lock of the applicant's place in it, so an application sent
     * meanwhile waits and then finds a member: when this returns, the member list already shows the new member.
     */
    @Override
    public void handle(HandleJoinRequestCommand command) {
        JoinRequest request = loadRequests.findById(command.request())
                .orElseThrow(() -> new JoinRequestNotFound(command.request()));
        groups.findByIdForUpdate(request.getGroup()).orElseThrow(() -> new GroupNotFound(request.getGroup()));
        locks.lockMembership(request.getGroup(), request.getApplicant());
        request.decide(command.decision(), command.group(),
                memberships.find(request.getGroup(), command.by()).orElse(null), clock.instant());
        if (!saveRequests.saveIfStillPending(request)) {
            throw new JoinRequestAlreadyHandled(request.getId());
        }
        events.publishEventsOf(request);
    }
}
