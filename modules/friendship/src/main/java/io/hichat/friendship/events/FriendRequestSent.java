package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user asked another to be friends, with a new pending request.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record FriendRequestSent(UUID eventId, long occurredAt, long friendRequestId, long applicantId,
        long recipientId) implements DomainEvent {
}
