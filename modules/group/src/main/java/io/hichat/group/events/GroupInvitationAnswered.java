package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A pending invitation ended.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param inviterId who sent it; 0 once the inviter's account is deleted
 * @param result {@code accepted} or {@code declined} (by the invitee), {@code cancelled} (by the inviter), or
 *        {@code expired} (unanswered for the configured time, or its group was dismissed)
 */
public record GroupInvitationAnswered(UUID eventId, long occurredAt, long invitationId, long groupId,
        long inviteeId, long inviterId, String result) implements DomainEvent {

    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String CANCELLED = "cancelled";
    public static final String EXPIRED = "expired";
}
