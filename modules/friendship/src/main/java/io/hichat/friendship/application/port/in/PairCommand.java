package io.hichat.friendship.application.port.in;

import java.util.Objects;

import io.hichat.shared.domain.UserId;

/** What one user does about another: ends their friendship, blocks them, lifts a block. */
public record PairCommand(UserId by, UserId other) {

    public PairCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(other, "other");
    }
}
