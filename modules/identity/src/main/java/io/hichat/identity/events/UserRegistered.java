package io.hichat.identity.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A new account exists.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param userId the new user's id
 */
public record UserRegistered(UUID eventId, long occurredAt, long userId) implements DomainEvent {
}
