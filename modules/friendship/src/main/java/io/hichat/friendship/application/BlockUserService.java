package io.hichat.friendship.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.BlockUserUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.InvalidFriendRequest;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * A block is one change under the pair's lock: the friendship ends, the pending request between the two (at most
 * one, either way) is cancelled, the block is stored. An accept, a send or a delete between the same two users
 * waits for it or comes first, so no friendship ever stands beside a block.
 */
public record BlockUserService(LoadUserProfilesPort users, LockFriendPairPort pairs, LoadBlocksPort loadBlocks,
        SaveBlocksPort saveBlocks, SaveFriendsPort friends, LoadFriendRequestPort loadRequests,
        SaveFriendRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
        Clock clock) implements BlockUserUseCase {

    @Override
    public void block(PairCommand command) {
        if (command.by().equals(command.other())) {
            throw new InvalidFriendRequest("you cannot block yourself");
        }
        if (!users.exists(command.other())) {
            throw new UserNotFound(command.other());
        }
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            users.holdExisting(List.of(command.by(), command.other())).ifPresent(missing -> {
                throw new UserNotFound(missing);
            });
            if (!loadBlocks.blocks(command.by(), command.other())) {
                placeBlock(command, clock.instant());
            }
        });
    }

    private void placeBlock(PairCommand command, Instant now) {
        new FriendshipEnding(friends, events).endIfFriends(command.by(), command.other(), now);
        loadRequests.findPendingBetween(command.by(), command.other()).ifPresent(pending -> cancel(pending, now));
        Block block = Block.place(command.by(), command.other(), now);
        saveBlocks.add(block);
        events.publishEventsOf(block);
    }

    private void cancel(FriendRequest pending, Instant now) {
        pending.cancelForBlock(now);
        if (!saveRequests.saveIfStillPending(pending)) {
            throw new IllegalStateException("friend request " + pending.getId().value()
                    + " was decided while its pair was locked");
        }
    }
}
