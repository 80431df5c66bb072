package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.BlockedByRecipient;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.RecipientBlocked;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

public record SendFriendRequestService(LoadUserProfilesPort users, LockFriendPairPort pairs, LoadFriendsPort friends,
        LoadBlocksPort blocks, LoadFriendRequestPort loadRequests, SaveFriendRequestPort saveRequests,
        DomainEventPublisher events, TransactionOperations transactions, Clock clock)
        implements SendFriendRequestUseCase {

    /**
     * Looks at what stands between the two users and writes the outcome in one transaction, under the pair's lock:
     * identical, crossing and decided requests between the same two users take turns, so each sees what the one
     * before it wrote. Both users are held existing until it commits, so neither's account deletion slips in between.
     */
    @Override
    public Outcome send(SendFriendRequestCommand command) {
        if (!users.exists(command.recipient())) {
            throw new UserNotFound(command.recipient());
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            pairs.lockPair(command.applicant(), command.recipient());
            users.holdExisting(List.of(command.applicant(), command.recipient())).ifPresent(missing -> {
                throw new UserNotFound(missing);
            });
            return decide(command);
        }));
    }

    private Outcome decide(SendFriendRequestCommand command) {
        if (blocks.blocks(command.recipient(), command.applicant())) {
            throw new BlockedByRecipient();
        }
        if (blocks.blocks(command.applicant(), command.recipient())) {
            throw new RecipientBlocked(command.recipient());
        }
        if (friends.areFriends(command.applicant(), command.recipient())) {
            return Outcome.ALREADY_FRIENDS;
        }
        Optional<FriendRequest> pending = loadRequests.findPendingBetween(command.applicant(), command.recipient());
        if (pending.isPresent()) {
            return pending.get().getApplicant().equals(command.applicant()) ? Outcome.ALREADY_REQUESTED
                    : acceptTheirs(pending.get(), command);
        }
        FriendRequest request = FriendRequest.send(saveRequests.nextId(), command.applicant(), command.recipient(),
                command.message(), clock.instant());
        if (!saveRequests.addIfNonePending(request)) {
            throw new IllegalStateException("a pending request between " + command.applicant().value() + " and "
                    + command.recipient().value() + " appeared while their pair was locked");
        }
        events.publishEventsOf(request);
        return Outcome.REQUESTED;
    }

    /** The recipient had asked the applicant already: both want it, so that request is accepted. */
    private Outcome acceptTheirs(FriendRequest theirs, SendFriendRequestCommand command) {
        theirs.accept(command.applicant(), clock.instant());
        if (!saveRequests.saveIfStillPending(theirs)) {
            throw new IllegalStateException("friend request " + theirs.getId().value()
                    + " was decided while its pair was locked");
        }
        events.publishEventsOf(theirs);
        return Outcome.BEFRIENDED;
    }
}
