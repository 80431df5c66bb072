package io.hichat.friendship.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.ForgetDeletedUserUseCase;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.UserId;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * One transaction of three deletes. The friendships go first, as they point at the requests that made them. Only
 * what was there is ended and said so, so a repeat (a resubmitted publication) publishes nothing twice.
 */
public record ForgetDeletedUserService(SaveFriendsPort friends, SaveFriendRequestPort requests, SaveBlocksPort blocks,
        DomainEventPublisher events, TransactionOperations transactions, Clock clock)
        implements ForgetDeletedUserUseCase {

    @Override
    public void forgetDeletedUser(UserId user) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            FriendshipEnding ending = new FriendshipEnding(friends, events);
            friends.removeFriendshipsOf(user).forEach(friend -> ending.ended(user, friend, now));
            requests.removeRequestsOf(user);
            blocks.removeBlocksOf(user);
        });
    }
}
