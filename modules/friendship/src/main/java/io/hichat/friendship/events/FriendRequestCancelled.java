package io.hichat.friendship.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A pending friend request ended unanswered: its applicant withdrew it, or one of the two blocked the other.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when it was cancelled, in unix seconds
 * @param byUserId who ended it: the applicant, or the user who blocked
 */
public record FriendRequestCancelled(UUID eventId, long occurredAt, long friendRequestId, long applicantId,
        long recipientId, long byUserId) implements DomainEvent {
}
