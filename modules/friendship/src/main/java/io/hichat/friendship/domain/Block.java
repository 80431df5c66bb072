package io.hichat.friendship.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.hichat.friendship.events.UserBlocked;
import io.hichat.friendship.events.UserUnblocked;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.UserId;

/**
 * One user blocking another. While it stands, the blocked user's friend requests to the blocker are refused, and the
 * two are not friends: {@link PairStanding#block} places it, ending their friendship and cancelling their pending
 * request in the same change. Placing records {@link UserBlocked}, lifting {@link UserUnblocked}.
 */
@AggregateRoot
public final class Block extends EventRecordingAggregate {

    @Identity
    private final BlockKey key;
    private final Instant blockedAt;

    private Block(UserId blocker, UserId blocked, Instant blockedAt) {
        this.key = new BlockKey(blocker, blocked);
        this.blockedAt = blockedAt;
    }

    public static Block place(UserId blocker, UserId blocked, Instant now) {
        if (blocker.equals(blocked)) {
            throw new InvalidFriendRequest("you cannot block yourself");
        }
        Block block = new Block(blocker, blocked, storable(now));
        block.record(new UserBlocked(UUID.randomUUID(), block.blockedAt.getEpochSecond(), blocker.value(),
                blocked.value()));
        return block;
    }

    /** A stored block, as it was read. */
    public static Block reconstitute(UserId blocker, UserId blocked, Instant blockedAt) {
        return new Block(blocker, blocked, blockedAt);
    }

    public void lift(Instant now) {
        record(new UserUnblocked(UUID.randomUUID(), storable(now).getEpochSecond(), key.blocker().value(),
                key.blocked().value()));
    }

    public UserId getBlocker() {
        return key.blocker();
    }

    public UserId getBlocked() {
        return key.blocked();
    }

    public Instant getBlockedAt() {
        return blockedAt;
    }
}
