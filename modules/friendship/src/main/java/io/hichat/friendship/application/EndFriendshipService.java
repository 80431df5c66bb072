package io.hichat.friendship.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.EndFriendshipUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Under the pair's lock, like every write between two users: of deletes at once, one ends the friendship and says
 * so; the rest find the two no longer friends and change nothing, as they would after it.
 */
public final class EndFriendshipService implements EndFriendshipUseCase {

    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveFriendsPort friends;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public EndFriendshipService(LockFriendPairPort pairs, LoadPairStandingPort standings, SaveFriendsPort friends,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        this.pairs = pairs;
        this.standings = standings;
        this.friends = friends;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void endFriendship(PairCommand command) {
        transactions.executeWithoutResult(status -> {
            pairs.lockPair(command.by(), command.other());
            standings.standingBetween(command.by(), command.other()).endFriendship(command.by(), clock.instant())
                    .ifPresent(ended -> {
                        friends.remove(ended);
                        events.publishEventsOf(ended);
                    });
        });
    }
}
