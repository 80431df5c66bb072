package io.hichat.identity.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user's profile (nickname, sex, avatar, introduction or email) changed; whoever shows it reads it anew.
 *
 * @param eventId unique per event, for a consumer to recognise a repeat
 * @param occurredAt when, in unix seconds
 * @param userId whose profile
 */
public record UserProfileChanged(UUID eventId, long occurredAt, long userId) implements DomainEvent {
}
