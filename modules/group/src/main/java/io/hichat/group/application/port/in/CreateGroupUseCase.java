package io.hichat.group.application.port.in;

import io.hichat.group.domain.GroupId;

public interface CreateGroupUseCase {

    /** Creates the group with its creator as its first member, role creator. */
    GroupId create(CreateGroupCommand command);
}
