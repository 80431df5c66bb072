package io.hichat.friendship.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.EndFriendshipUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Under the pair's lock, like every write between two users: of deletes at once, one ends the friendship and says
 * so; the rest find the two no longer friends and change nothing, as they would after it.
 */
public record EndFriendshipService(LockFriendPairPort pairs, SaveFriendsPort friends, DomainEventPublisher events,
        TransactionOperations transactions, Clock clock) implements EndFriendshipUseCase {

    @Override
    public void endFriendship(PairCommand command) {
        if (command.by().equals(command.other())) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            new FriendshipEnding(friends, events).endIfFriends(command.by(), command.other(), clock.instant());
        });
    }
}
