package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupUpdate;
import io.hichat.shared.domain.UserId;

public record UpdateGroupCommand(@NonNull GroupId group, @NonNull UserId by, @NonNull GroupUpdate update) {
}
