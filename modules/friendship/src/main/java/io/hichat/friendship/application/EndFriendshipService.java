package io.hichat.friendship.application;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

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
@RequiredArgsConstructor
@Transactional
public class EndFriendshipService implements EndFriendshipUseCase {

    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveFriendsPort friends;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void endFriendship(PairCommand command) {
        pairs.lockPair(command.by(), command.other());
        standings.standingBetween(command.by(), command.other()).endFriendship(command.by(), clock.instant())
                .ifPresent(ended -> {
                    friends.remove(ended);
                    events.publishEventsOf(ended);
                });
    }
}
