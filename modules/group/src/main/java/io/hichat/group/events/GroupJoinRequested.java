package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A request to join a group waits for its creator or a manager: a user applied to a group that needs verification,
 * or accepted a plain member's invitation. (A request admitted at once is told by {@link GroupJoinRequestApproved}.)
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was made, in unix seconds
 * @param inviterId the member whose invitation it comes from, or the inviter the applicant names; 0 for none
 */
public record GroupJoinRequested(UUID eventId, long occurredAt, long joinRequestId, long groupId, long userId,
        long inviterId) implements DomainEvent {
}
