package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/** What a user does to a group as a whole, or to their own membership: quit, dismiss. */
public record GroupCommand(GroupId group, UserId by) {

    public GroupCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(by, "by");
    }
}
