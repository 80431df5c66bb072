package io.hichat.group.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A member became a manager (1) or a plain member (0) again, by the creator's hand.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 */
public record GroupRoleChanged(UUID eventId, long occurredAt,
        long groupId, long userId, int roleLevel) implements DomainEvent {

    /** {@code roleLevel} of a plain member, as the API document writes it. */
    public static final int MEMBER = 0;
    /** {@code roleLevel} of a manager. */
    public static final int MANAGER = 1;
}
