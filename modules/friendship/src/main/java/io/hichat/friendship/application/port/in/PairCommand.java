package io.hichat.friendship.application.port.in;

import lombok.NonNull;

import io.hichat.shared.domain.UserId;

/** What one user does about another: ends their friendship, blocks them, lifts a block. */
public record PairCommand(@NonNull UserId by, @NonNull UserId other) {
}
