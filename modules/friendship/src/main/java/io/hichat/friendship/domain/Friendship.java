package io.hichat.friendship.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.UserId;

/**
 * Two users who are friends: one pair, whichever of them is named first, shown in both their friend lists. A
 * friendship begins with an accepted {@link FriendRequest}; either user may end it, which records
 * {@link FriendshipEnded}.
 */
@AggregateRoot
public final class Friendship extends EventRecordingAggregate {

    @Identity
    private final UserPair pair;
    private final UserId applicant;
    private final FriendRequestId madeBy;
    private final Instant since;

    private Friendship(UserPair pair, UserId applicant, FriendRequestId madeBy, Instant since) {
        this.pair = pair;
        this.applicant = applicant;
        this.madeBy = madeBy;
        this.since = since;
    }

    /** The friendship an accepted request makes between its two users. */
    public static Friendship begin(FriendRequestId accepted, UserId applicant, UserId recipient, Instant now) {
        return new Friendship(UserPair.of(applicant, recipient), applicant, accepted, storable(now));
    }

    /** A stored friendship, as it was read; who asked is not stored, so the pair's lower id stands for them. */
    public static Friendship reconstitute(UserPair pair, FriendRequestId madeBy, Instant since) {
        return new Friendship(pair, pair.low(), madeBy, since);
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

    /** Who asked: their entry in the friend lists comes first, as the entries' numbers show. */
    public UserId getApplicant() {
        return applicant;
    }

    /** The accepted request that made the two friends. */
    public FriendRequestId getMadeBy() {
        return madeBy;
    }

    public Instant getSince() {
        return since;
    }
}
