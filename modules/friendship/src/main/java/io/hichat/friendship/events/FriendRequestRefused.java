package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The recipient refused a friend request.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was refused, in unix seconds
 */
public record FriendRequestRefused(UUID eventId, long occurredAt, long friendRequestId, long applicantId,
        long recipientId) implements DomainEvent {
}
