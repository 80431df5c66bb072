package io.hichat.friendship.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ForgetDeletedUserUseCase;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.UserId;

/**
 * One transaction of three deletes. The friendships go first, as they point at the requests that made them. Only
 * what was there is ended and said so, so a repeat (a resubmitted publication) publishes nothing twice.
 */
@RequiredArgsConstructor
@Transactional
public class ForgetDeletedUserService implements ForgetDeletedUserUseCase {

    private final SaveFriendsPort friends;
    private final SaveFriendRequestPort requests;
    private final SaveBlocksPort blocks;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void forgetDeletedUser(UserId user) {
        Instant now = clock.instant();
        friends.removeFriendshipsOf(user).forEach(ended -> {
            ended.end(user, now);
            events.publishEventsOf(ended);
        });
        requests.removeRequestsOf(user);
        blocks.removeBlocksOf(user);
    }
}
