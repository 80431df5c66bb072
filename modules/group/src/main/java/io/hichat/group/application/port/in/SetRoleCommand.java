package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.domain.UserId;

public record SetRoleCommand(@NonNull GroupId group, @NonNull UserId by, @NonNull UserId member,
        @NonNull RoleLevel role) {
}
