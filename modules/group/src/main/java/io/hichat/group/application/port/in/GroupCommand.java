package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/** What a user does to a group as a whole, or to their own membership: quit, dismiss. */
public record GroupCommand(@NonNull GroupId group, @NonNull UserId by) {
}
