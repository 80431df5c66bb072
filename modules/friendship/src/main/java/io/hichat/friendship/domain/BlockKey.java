package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.UserId;

/** Which user blocks which: a block is known by its two users, in this order. */
@ValueObject
public record BlockKey(UserId blocker, UserId blocked) {
}
