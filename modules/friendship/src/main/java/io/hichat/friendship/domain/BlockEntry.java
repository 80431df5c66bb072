package io.hichat.friendship.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.UserId;

/**
 * One entry of a user's block list.
 *
 * @param id the entry's number, which orders the list newest first
 */
@ValueObject
public record BlockEntry(long id, UserId blocked, Instant blockedAt) {
}
