package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * The group's creator or a manager refused a request to join it.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was refused, in unix seconds
 * @param handlerId who refused it
 */
public record GroupJoinRequestRefused(UUID eventId, long occurredAt, long joinRequestId, long groupId, long userId,
        long handlerId) implements DomainEvent {
}
