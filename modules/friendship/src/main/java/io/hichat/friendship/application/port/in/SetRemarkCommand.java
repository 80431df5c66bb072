package io.hichat.friendship.application.port.in;

import java.util.Objects;
import java.util.Optional;

import io.hichat.friendship.domain.Remark;
import io.hichat.shared.domain.UserId;

/** @param remark the name to show, or none to show the friend's own nickname */
public record SetRemarkCommand(UserId user, UserId friend, Optional<Remark> remark) {

    public SetRemarkCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(friend, "friend");
        Objects.requireNonNull(remark, "remark");
    }
}
