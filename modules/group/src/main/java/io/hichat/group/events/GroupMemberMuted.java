package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A member, or the whole group, was muted until a moment, or the mute was lifted; the message service enforces it.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param userId the member muted, or 0 for the whole group
 * @param muteUntil unix seconds; 0 when lifted
 */
public record GroupMemberMuted(UUID eventId, long occurredAt, long groupId, long userId, long muteUntil,
        long byUserId) implements DomainEvent {
}
