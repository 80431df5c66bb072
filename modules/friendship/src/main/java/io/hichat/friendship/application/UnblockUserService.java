package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.UnblockUserUseCase;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Under the pair's lock, like every write between two users: of unblocks at once, the one that finds the block lifts
 * it and says so, the rest change nothing.
 */
@RequiredArgsConstructor
public final class UnblockUserService implements UnblockUserUseCase {

    private final HoldUsersPort users;
    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveBlocksPort blocks;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    @Override
    public void unblock(PairCommand command) {
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            users.holdExisting(List.of(command.by(), command.other()));
            standings.standingBetween(command.by(), command.other()).unblock(command.by(), clock.instant())
                    .ifPresent(lifted -> {
                        blocks.remove(lifted);
                        events.publishEventsOf(lifted);
                    });
        });
    }
}
