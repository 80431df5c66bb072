package io.hichat.friendship.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * What stands between two users, as a write between them reads it under their pair's lock: their friendship, the
 * blocks either of them placed, the request pending between them (at most one, sent by either). Every write between
 * two users asks it what follows: a request, a block, its lifting, the end of a friendship. It decides; the caller
 * stores what it hands back and publishes their events.
 *
 * @param blocks the blocks between the two, in either direction: none, one or two
 */
public record PairStanding(UserId one, UserId other, @Nullable Friendship friendship, List<Block> blocks,
        @Nullable FriendRequest pending) {

    public PairStanding {
        blocks = List.copyOf(blocks);
    }

    /**
     * {@code applicant} asks the other to be friends. Nothing happens between friends or when the applicant asked
     * already; when the other had asked the applicant, both want it and that request is accepted.
     *
     * @param ids where a new request's id comes from, asked only when a request is sent
     * @throws BlockedByRecipient if the other user blocked the applicant
     * @throws RecipientBlocked if the applicant blocked the other user
     */
    public Asking ask(UserId applicant, RequestMessage message, Supplier<FriendRequestId> ids, Instant now) {
        UserId recipient = otherThan(applicant);
        if (blocks(recipient, applicant)) {
            throw new BlockedByRecipient();
        }
        if (blocks(applicant, recipient)) {
            throw new RecipientBlocked(recipient);
        }
        if (friendship != null) {
            return new Asking(Asking.Outcome.ALREADY_FRIENDS, null);
        }
        if (pending != null && pending.getApplicant().equals(applicant)) {
            return new Asking(Asking.Outcome.ALREADY_REQUESTED, null);
        }
        if (pending != null) {
            pending.accept(applicant, now);
            return new Asking(Asking.Outcome.BEFRIENDED, pending);
        }
        return new Asking(Asking.Outcome.REQUESTED,
                FriendRequest.send(ids.get(), applicant, recipient, message, now));
    }

    /**
     * {@code blocker} blocks the other user: their friendship ends and the request pending between them is
     * cancelled, in the same change. A block that stands already changes nothing.
     */
    public Optional<Blocking> block(UserId blocker, Instant now) {
        UserId blocked = otherThan(blocker);
        if (blocker.equals(blocked)) {
            throw new InvalidFriendRequest("you cannot block yourself");
        }
        if (blocks(blocker, blocked)) {
            return Optional.empty();
        }
        if (friendship != null) {
            friendship.end(blocker, now);
        }
        if (pending != null) {
            pending.cancelForBlock(blocker, now);
        }
        return Optional.of(new Blocking(Block.place(blocker, blocked, now), friendship, pending));
    }

    /** {@code blocker} lifts their block, if there is one; the friendship it ended does not come back. */
    public Optional<Block> unblock(UserId blocker, Instant now) {
        UserId blocked = otherThan(blocker);
        if (blocker.equals(blocked)) {
            throw new InvalidFriendRequest("you cannot unblock yourself");
        }
        Optional<Block> lifted = blocks.stream().filter(block -> block.getBlocker().equals(blocker)).findFirst();
        lifted.ifPresent(block -> block.lift(now));
        return lifted;
    }

    /** {@code by} ends the friendship, if the two are friends. */
    public Optional<Friendship> endFriendship(UserId by, Instant now) {
        if (friendship != null) {
            friendship.end(by, now);
        }
        return Optional.ofNullable(friendship);
    }

    private boolean blocks(UserId blocker, UserId blocked) {
        return blocks.stream().anyMatch(block -> block.getBlocker().equals(blocker)
                && block.getBlocked().equals(blocked));
    }

    private UserId otherThan(UserId user) {
        if (user.equals(one)) {
            return other;
        }
        if (user.equals(other)) {
            return one;
        }
        throw new IllegalArgumentException("user " + user.value() + " is neither of the pair");
    }

    /**
     * What a block changed: the block itself, the friendship it ended and the request it cancelled, if any; each
     * records its own event.
     */
    public record Blocking(Block block, @Nullable Friendship endedFriendship, @Nullable FriendRequest cancelled) {
    }
}
