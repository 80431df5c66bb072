package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A group's name, icon, notice or verification changed; whoever shows it reads it anew.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupUpdated(UUID eventId, long occurredAt, long groupId, long byUserId) implements DomainEvent {
}
