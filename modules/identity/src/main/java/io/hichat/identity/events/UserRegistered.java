package io.hichat.identity.events;

import org.jmolecules.event.types.DomainEvent;

/**
 * A new account exists.
 *
 * @param userId the new user's id
 * @param registeredAt when, in unix seconds
 */
public record UserRegistered(long userId, long registeredAt) implements DomainEvent {
}
