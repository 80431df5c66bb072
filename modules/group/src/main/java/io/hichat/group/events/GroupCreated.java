package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user created a group, and is its creator and first member.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupCreated(UUID eventId, long occurredAt, long groupId, long creatorId) implements DomainEvent {
}
