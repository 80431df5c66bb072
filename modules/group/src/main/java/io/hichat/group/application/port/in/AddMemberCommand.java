package io.hichat.group.application.port.in;

import java.time.Instant;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public record AddMemberCommand(@NonNull GroupId group, @NonNull UserId user, @NonNull UserId inviter,
        @NonNull Instant joinedAt) {
}
