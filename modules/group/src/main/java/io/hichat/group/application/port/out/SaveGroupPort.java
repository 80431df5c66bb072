package io.hichat.group.application.port.out;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;

public interface SaveGroupPort {

    GroupId nextGroupId();

    void add(Group group);
}
