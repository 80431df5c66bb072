package io.hichat.friendship.domain;

import org.jspecify.annotations.Nullable;

/**
 * What asking someone to be friends came to.
 *
 * @param changed the request to store: the new one ({@link Outcome#REQUESTED}) or the other's, accepted
 *        ({@link Outcome#BEFRIENDED}); {@code null} when nothing changed
 */
public record Asking(Outcome outcome, @Nullable FriendRequest changed) {

    public enum Outcome {
        /** A new request waits for the recipient. */
        REQUESTED,
        /** The applicant's request was pending already: nothing new. */
        ALREADY_REQUESTED,
        /** The two are friends already: nothing changes. */
        ALREADY_FRIENDS,
        /** The recipient had asked the applicant: that request is accepted, and they are friends. */
        BEFRIENDED
    }
}
