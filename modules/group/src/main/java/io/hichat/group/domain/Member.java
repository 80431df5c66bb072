package io.hichat.group.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A stored membership and its number in the member list.
 *
 * @param muteUntil until when the member is muted, or {@code null} if they are not
 */
@ValueObject
public record Member(long id, Membership membership, @Nullable Instant muteUntil) {
}
