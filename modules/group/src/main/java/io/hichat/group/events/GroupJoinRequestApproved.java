package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user may join a group: an admin approved the request, an admin invited them, or the group needs no
 * verification.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was approved, in unix seconds
 * @param inviterId who brought the user in: the inviter, or the user themselves when they applied
 */
public record GroupJoinRequestApproved(UUID eventId, long occurredAt, long joinRequestId, long groupId, long userId,
        long inviterId) implements DomainEvent {
}
