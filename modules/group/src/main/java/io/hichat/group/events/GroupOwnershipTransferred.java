package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A group passed to a new creator; the old one stays as a manager.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupOwnershipTransferred(UUID eventId, long occurredAt,
        long groupId, long fromUserId, long toUserId) implements DomainEvent {
}
