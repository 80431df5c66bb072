package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.BlockUserUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.PairStanding.Blocking;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * A block is one change under the pair's lock, as the pair's standing decides it: the friendship ends, the pending
 * request between the two is cancelled, the block is stored. An accept, a send or a delete between the same two
 * users waits for it or comes first, so no friendship ever stands beside a block.
 */
@RequiredArgsConstructor
public final class BlockUserService implements BlockUserUseCase {

    private final HoldUsersPort users;
    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveBlocksPort blocks;
    private final SaveFriendsPort friends;
    private final SaveFriendRequestPort requests;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    @Override
    public void block(PairCommand command) {
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            users.holdExisting(List.of(command.by(), command.other()));
            standings.standingBetween(command.by(), command.other()).block(command.by(), clock.instant())
                    .ifPresent(this::store);
        });
    }

    private void store(Blocking blocking) {
        if (blocking.endedFriendship() != null) {
            friends.remove(blocking.endedFriendship());
            events.publishEventsOf(blocking.endedFriendship());
        }
        if (blocking.cancelled() != null && !requests.saveIfStillPending(blocking.cancelled())) {
            throw new IllegalStateException("friend request " + blocking.cancelled().getId().value()
                    + " was decided while its pair was locked");
        }
        blocks.add(blocking.block());
        events.publishEventsOf(blocking.block());
    }
}
