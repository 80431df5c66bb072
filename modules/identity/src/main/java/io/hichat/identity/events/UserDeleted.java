package io.hichat.identity.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user deleted their account: its personal data is erased and its tokens refused; whoever keeps anything of the
 * user cleans it up.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param userId whose account
 */
public record UserDeleted(UUID eventId, long occurredAt, long userId) implements DomainEvent {
}
