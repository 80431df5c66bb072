package io.hichat.friendship.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.UnblockUserUseCase;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.InvalidFriendRequest;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Under the pair's lock, like every write between two users: of unblocks at once, the one that removed the block
 * says so, the rest change nothing.
 */
public record UnblockUserService(LoadUserProfilesPort users, LockFriendPairPort pairs, SaveBlocksPort blocks,
        DomainEventPublisher events, TransactionOperations transactions, Clock clock) implements UnblockUserUseCase {

    @Override
    public void unblock(PairCommand command) {
        if (command.by().equals(command.other())) {
            throw new InvalidFriendRequest("you cannot unblock yourself");
        }
        if (!users.exists(command.other())) {
            throw new UserNotFound(command.other());
        }
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            if (blocks.remove(command.by(), command.other())) {
                Block lifted = Block.between(command.by(), command.other(), clock.instant());
                lifted.lift(clock.instant());
                events.publishEventsOf(lifted);
            }
        });
    }
}
