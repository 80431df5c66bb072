package io.hichat.group.application.port.in;

import java.time.Instant;
import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public record AddMemberCommand(GroupId group, UserId user, UserId inviter, Instant joinedAt) {

    public AddMemberCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
