package io.hichat.friendship.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.Asking;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Reads what stands between the two users and writes the outcome in one transaction, under the pair's lock:
 * identical, crossing and decided requests between the same two users take turns, so each sees what the one before
 * it wrote. Both users are held existing until it commits, so neither's account deletion slips in between.
 */
@RequiredArgsConstructor
@Transactional
public class SendFriendRequestService implements SendFriendRequestUseCase {

    private final HoldUsersPort users;
    private final LockFriendPairPort pairs;
    private final LoadPairStandingPort standings;
    private final SaveFriendRequestPort requests;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public Asking.Outcome send(SendFriendRequestCommand command) {
        pairs.lockPair(command.applicant(), command.recipient());
        users.holdExisting(List.of(command.applicant(), command.recipient()));
        Asking asking = standings.standingBetween(command.applicant(), command.recipient())
                .ask(command.applicant(), command.message(), requests::nextId, clock.instant());
        FriendRequest changed = asking.changed();
        if (changed != null) {
            boolean stored = changed.isPending() ? requests.addIfNonePending(changed)
                    : requests.saveIfStillPending(changed);
            if (!stored) {
                throw new IllegalStateException("friend request " + changed.getId().value()
                        + " changed while its pair was locked");
            }
            events.publishEventsOf(changed);
        }
        return asking.outcome();
    }
}
