package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public record InviteToGroupCommand(@NonNull UserId inviter, @NonNull GroupId group, @NonNull UserId invitee) {
}
