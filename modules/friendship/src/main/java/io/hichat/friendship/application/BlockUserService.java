package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.BlockUserUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.UnblockUserUseCase;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.PairStanding;
import io.hichat.friendship.domain.PairStanding.Blocking;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * A block and its lifting, each one change under the pair's lock, as the pair's standing decides it. A block ends
 * the friendship, cancels the pending request between the two and stores the block; an accept, a send or a delete
 * between the same two users waits for it or comes first, so no friendship ever stands beside a block. Of unblocks
 * at once, the one that finds the block lifts it and says so, the rest change nothing.
 */
@RequiredArgsConstructor
@Transactional
public class BlockUserService implements BlockUserUseCase, UnblockUserUseCase {

    private final HoldUsersPort users;
    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveBlocksPort blocks;
    private final SaveFriendsPort friends;
    private final SaveFriendRequestPort requests;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void block(PairCommand command) {
        standingOfBoth(command).block(command.by(), clock.instant()).ifPresent(this::store);
    }

    @Override
    public void unblock(PairCommand command) {
        standingOfBoth(command).unblock(command.by(), clock.instant()).ifPresent(lifted -> {
            blocks.remove(lifted);
            events.publishEventsOf(lifted);
        });
    }

    /** Locks the pair, then holds both accounts existing until the change commits, then reads what stands. */
    private PairStanding standingOfBoth(PairCommand command) {
        pairs.lockPair(command.by(), command.other());
        users.holdExisting(List.of(command.by(), command.other()));
        return standings.standingBetween(command.by(), command.other());
    }

    private void store(Blocking blocking) {
        if (blocking.endedFriendship() != null) {
            friends.remove(blocking.endedFriendship());
            events.publishEventsOf(blocking.endedFriendship());
        }
        FriendRequest cancelled = blocking.cancelled();
        if (cancelled != null) {
            if (!requests.saveIfStillPending(cancelled)) {
                throw new IllegalStateException("friend request " + cancelled.getId().value()
                        + " was decided while its pair was locked");
            }
            events.publishEventsOf(cancelled);
        }
        blocks.add(blocking.block());
        events.publishEventsOf(blocking.block());
    }
}
