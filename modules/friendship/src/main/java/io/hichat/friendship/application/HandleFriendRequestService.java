package io.hichat.friendship.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.HandleFriendRequestUseCase;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestAlreadyHandled;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

public class HandleFriendRequestService implements HandleFriendRequestUseCase {

    private final LoadFriendRequestPort loadRequests;
    private final LockFriendPairPort pairs;
    private final SaveFriendRequestPort saveRequests;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public HandleFriendRequestService(LoadFriendRequestPort loadRequests, LockFriendPairPort pairs,
            SaveFriendRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
            Clock clock) {
        this.loadRequests = loadRequests;
        this.pairs = pairs;
        this.saveRequests = saveRequests;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The decision, its events and what their in-transaction listeners do (the friend entries of an acceptance)
     * commit together, under the pair's lock, so a request the applicant sends meanwhile waits and then finds them
     * friends: when this returns, both friend lists already show the friendship.
     */
    @Override
    public void handle(HandleFriendRequestCommand command) {
        transactions.executeWithoutResult(status -> {
            FriendRequest request = loadRequests.findById(command.request())
                    .orElseThrow(() -> new FriendRequestNotFound(command.request()));
            pairs.lockPair(request.getApplicant(), request.getRecipient());
            request.handle(command.decision(), command.by(), clock.instant());
            if (!saveRequests.saveIfStillPending(request)) {
                throw new FriendRequestAlreadyHandled(request.getId());
            }
            events.publishEventsOf(request);
        });
    }
}
