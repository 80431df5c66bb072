package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupName;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

public record CreateGroupCommand(UserId creator, GroupName name, WebUrl icon) {

    public CreateGroupCommand {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icon, "icon");
    }
}
