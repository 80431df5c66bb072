package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/** What a user does to another member of a group: remove them, hand them the group. */
public record MemberCommand(GroupId group, UserId by, UserId member) {

    public MemberCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(member, "member");
    }
}
