package io.hichat.group.events;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user may join a group: an admin approved the request, an admin invited them, or the group needs no
 * verification.
 *
 * @param inviterId who brought the user in: the inviter, or the user themselves when they applied
 * @param approvedAt unix seconds
 */
public record GroupJoinRequestApproved(long joinRequestId, long groupId, long userId, long inviterId,
        long approvedAt) implements DomainEvent {
}
