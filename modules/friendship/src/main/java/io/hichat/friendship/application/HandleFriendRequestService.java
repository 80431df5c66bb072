package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.HandleFriendRequestUseCase;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestAlreadyHandled;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

public record HandleFriendRequestService(LoadFriendRequestPort loadRequests, LockFriendPairPort pairs,
        LoadUserProfilesPort users, SaveFriendRequestPort saveRequests, DomainEventPublisher events,
        TransactionOperations transactions, Clock clock) implements HandleFriendRequestUseCase {

    /**
     * The decision, its events and what their in-transaction listeners do (the friend entries of an acceptance)
     * commit together, under the pair's lock, so a request the applicant sends meanwhile waits and then finds them
     * friends: when this returns, both friend lists already show the friendship. An acceptance holds both users
     * existing until it commits, so neither's account deletion slips in between.
     */
    @Override
    public void handle(HandleFriendRequestCommand command) {
        transactions.executeWithoutResult(status -> {
            FriendRequest request = loadRequests.findById(command.request())
                    .orElseThrow(() -> new FriendRequestNotFound(command.request()));
            pairs.lockPair(request.getApplicant(), request.getRecipient());
            request.handle(command.decision(), command.by(), clock.instant());
            if (command.decision() == HandleResult.ACCEPTED) {
                users.holdExisting(List.of(request.getApplicant(), request.getRecipient())).ifPresent(missing -> {
                    throw new UserNotFound(missing);
                });
            }
            if (!saveRequests.saveIfStillPending(request)) {
                throw new FriendRequestAlreadyHandled(request.getId());
            }
            events.publishEventsOf(request);
        });
    }
}
