package io.hichat.friendship.events;

import org.jmolecules.event.types.DomainEvent;

/**
 * Two users agreed to be friends: the recipient accepted, or both asked each other.
 *
 * @param acceptedAt unix seconds
 */
public record FriendRequestAccepted(long friendRequestId, long applicantId, long recipientId, long acceptedAt)
        implements DomainEvent {
}
