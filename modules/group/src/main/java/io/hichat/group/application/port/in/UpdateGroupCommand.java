package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupUpdate;
import io.hichat.shared.domain.UserId;

public record UpdateGroupCommand(GroupId group, UserId by, GroupUpdate update) {

    public UpdateGroupCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(update, "update");
    }
}
