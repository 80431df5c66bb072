package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A group was dismissed by its creator: it, its memberships and its requests are gone.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupDismissed(UUID eventId, long occurredAt, long groupId, long byUserId) implements DomainEvent {
}
