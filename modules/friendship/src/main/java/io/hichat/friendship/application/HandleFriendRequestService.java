package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.HandleFriendRequestUseCase;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestAlreadyHandled;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * The decision, its events and what their in-transaction listeners do (the friendship of an acceptance) commit
 * together, under the pair's lock, so a request the applicant sends meanwhile waits and then finds them friends:
 * when this returns, both friend lists already show the friendship. An acceptance holds both users existing until it
 * commits, so neither's account deletion slips in between.
 */
@RequiredArgsConstructor
@Transactional
public class HandleFriendRequestService implements HandleFriendRequestUseCase {

    private final LoadFriendRequestPort loadRequests;
    private final SaveFriendRequestPort saveRequests;
    private final LockFriendPairPort pairs;
    private final HoldUsersPort users;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void handle(HandleFriendRequestCommand command) {
        FriendRequest request = loadRequests.findById(command.request())
                .orElseThrow(() -> new FriendRequestNotFound(command.request()));
        pairs.lockPair(request.getApplicant(), request.getRecipient());
        request.handle(command.decision(), command.by(), clock.instant());
        if (request.isAccepted()) {
            users.holdExisting(List.of(request.getApplicant(), request.getRecipient()));
        }
        if (!saveRequests.saveIfStillPending(request)) {
            throw new FriendRequestAlreadyHandled(request.getId());
        }
        events.publishEventsOf(request);
    }
}
