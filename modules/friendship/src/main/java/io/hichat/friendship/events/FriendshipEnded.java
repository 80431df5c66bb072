package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * Two users are friends no more: one deleted the other, or blocked them. Neither list shows the other.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param userId who ended it
 * @param friendId the other user
 */
public record FriendshipEnded(UUID eventId, long occurredAt, long userId, long friendId) implements DomainEvent {
}
