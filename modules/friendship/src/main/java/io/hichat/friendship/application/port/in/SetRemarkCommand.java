package io.hichat.friendship.application.port.in;

import java.util.Optional;

import lombok.NonNull;

import io.hichat.friendship.domain.Remark;
import io.hichat.shared.domain.UserId;

/** @param remark the name to show, or none to show the friend's own nickname */
public record SetRemarkCommand(@NonNull UserId user, @NonNull UserId friend, @NonNull Optional<Remark> remark) {
}
