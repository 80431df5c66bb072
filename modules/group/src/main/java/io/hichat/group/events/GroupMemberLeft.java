package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A member's membership ended.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param reason {@code quit}, {@code removed} (by {@code byUserId}), {@code dismissed} (the whole group) or
 *        {@code account_deleted} (the member's account is gone)
 */
public record GroupMemberLeft(UUID eventId, long occurredAt, long groupId, long userId, String reason,
        long byUserId) implements DomainEvent {

    public static final String QUIT = "quit";
    public static final String REMOVED = "removed";
    public static final String DISMISSED = "dismissed";
    public static final String ACCOUNT_DELETED = "account_deleted";
}
