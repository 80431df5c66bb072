package io.hichat.friendship.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.PublishEventPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.UserNotFound;

public class SendFriendRequestService implements SendFriendRequestUseCase {

    /** A race lost to a concurrent request between the same users is decided on the next try; two settle it. */
    private static final int ATTEMPTS = 3;

    private final LoadUserProfilesPort users;
    private final LoadFriendsPort friends;
    private final LoadFriendRequestPort loadRequests;
    private final SaveFriendRequestPort saveRequests;
    private final PublishEventPort events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public SendFriendRequestService(LoadUserProfilesPort users, LoadFriendsPort friends,
            LoadFriendRequestPort loadRequests, SaveFriendRequestPort saveRequests, PublishEventPort events,
            TransactionOperations transactions, Clock clock) {
        this.users = users;
        this.friends = friends;
        this.loadRequests = loadRequests;
        this.saveRequests = saveRequests;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome send(SendFriendRequestCommand command) {
        if (!users.exists(command.recipient())) {
            throw new UserNotFound(command.recipient());
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Outcome> outcome = transactions.execute(status -> attempt(command));
            if (outcome != null && outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("a friend request from " + command.applicant().value() + " to "
                + command.recipient().value() + " lost " + ATTEMPTS + " races in a row");
    }

    /** One try, in one transaction; empty when a concurrent request between the same users got there first. */
    private Optional<Outcome> attempt(SendFriendRequestCommand command) {
        if (friends.areFriends(command.applicant(), command.recipient())) {
            return Optional.of(Outcome.ALREADY_FRIENDS);
        }
        Optional<FriendRequest> pending = loadRequests.findPendingBetween(command.applicant(), command.recipient());
        if (pending.isPresent()) {
            return pending.get().getApplicant().equals(command.applicant())
                    ? Optional.of(Outcome.ALREADY_REQUESTED)
                    : acceptTheirs(pending.get(), command);
        }
        FriendRequest request = FriendRequest.send(saveRequests.nextId(), command.applicant(), command.recipient(),
                command.message(), clock.instant());
        return saveRequests.addIfNonePending(request) ? Optional.of(Outcome.REQUESTED) : Optional.empty();
    }

    /** The recipient had asked the applicant already: both want it, so that request is accepted. */
    private Optional<Outcome> acceptTheirs(FriendRequest theirs, SendFriendRequestCommand command) {
        theirs.accept(command.applicant(), clock.instant());
        if (!saveRequests.saveIfStillPending(theirs)) {
            return Optional.empty();
        }
        events.publish(theirs.pullEvents());
        return Optional.of(Outcome.BEFRIENDED);
    }
}
