package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public record InviteToGroupCommand(UserId inviter, GroupId group, UserId invitee) {

    public InviteToGroupCommand {
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(invitee, "invitee");
    }
}
