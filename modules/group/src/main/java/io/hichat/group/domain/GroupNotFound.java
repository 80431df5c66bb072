package io.hichat.group.domain;

import io.hichat.shared.domain.NotFound;

public class GroupNotFound extends NotFound {

    public GroupNotFound(GroupId group) {
        super("group", group.value());
    }
}
