package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Two users agreed to be friends: the recipient accepted, or both asked each other.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was accepted, in unix seconds
 */
public record FriendRequestAccepted(UUID eventId, long occurredAt, long friendRequestId, long applicantId,
        long recipientId) implements DomainEvent {
}
