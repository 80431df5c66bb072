package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user blocked another: any friendship between them ended and their pending requests were cancelled, and the
 * blocked user's friend requests are refused until the block is lifted.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record UserBlocked(UUID eventId, long occurredAt, long blockerId, long blockedId) implements DomainEvent {
}
