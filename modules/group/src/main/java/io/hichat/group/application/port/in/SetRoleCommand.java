package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.domain.UserId;

public record SetRoleCommand(GroupId group, UserId by, UserId member, RoleLevel role) {

    public SetRoleCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
    }
}
