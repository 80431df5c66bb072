package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user lifted a block; no friendship comes back with it.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record UserUnblocked(UUID eventId, long occurredAt, long blockerId, long blockedId) implements DomainEvent {
}
