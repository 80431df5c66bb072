package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A member invited a user into a group; the invitation waits for the invitee's answer.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was sent, in unix seconds
 */
public record GroupInvitationSent(UUID eventId, long occurredAt, long invitationId, long groupId, long inviteeId,
        long inviterId) implements DomainEvent {
}
