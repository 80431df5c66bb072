package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user became a member of a group: approved, invited by an admin, or joining a group without verification.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupMemberJoined(UUID eventId, long occurredAt,
        long groupId, long userId, long inviterId) implements DomainEvent {
}
