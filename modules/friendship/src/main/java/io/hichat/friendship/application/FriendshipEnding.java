package io.hichat.friendship.application;

import java.time.Instant;

import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.Friendship;
import io.hichat.friendship.domain.UserId;
import io.hichat.friendship.domain.UserPair;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Ends the friendship of two users, if they are friends, and says so: what a delete does, and the first step of a
 * block. The caller holds the pair's lock and its transaction.
 */
record FriendshipEnding(SaveFriendsPort friends, DomainEventPublisher events) {

    void endIfFriends(UserId by, UserId other, Instant now) {
        if (friends.remove(UserPair.of(by, other))) {
            ended(by, other, now);
        }
    }

    /** Says that a friendship whose rows are gone was ended by {@code by}. */
    void ended(UserId by, UserId other, Instant now) {
        Friendship friendship = Friendship.between(by, other);
        friendship.end(by, now);
        events.publishEventsOf(friendship);
    }
}
