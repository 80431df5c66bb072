package io.hichat.friendship.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.shared.domain.EventRecordingAggregate;

/**
 * Two users who are friends: one pair, whichever of them is named first, shown in both their friend lists. Either
 * may end it, which records {@link FriendshipEnded}; a friendship begins with an accepted {@link FriendRequest}.
 */
@AggregateRoot
public final class Friendship extends EventRecordingAggregate {

    @Identity
    private final UserPair pair;

    private Friendship(UserPair pair) {
        this.pair = pair;
    }

    /** The friendship of two users known to be friends. */
    public static Friendship between(UserId one, UserId other) {
        return new Friendship(UserPair.of(one, other));
    }

    /** Ends the friendship for both, at the request of one of them. */
    public void end(UserId by, Instant now) {
        if (!pair.contains(by)) {
            throw new InvalidFriendRequest("only one of its two users ends a friendship");
        }
        record(new FriendshipEnded(UUID.randomUUID(), storable(now).getEpochSecond(), by.value(),
                pair.otherThan(by).value()));
    }

    public UserPair getPair() {
        return pair;
    }
}
