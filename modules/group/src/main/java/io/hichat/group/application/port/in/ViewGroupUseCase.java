package io.hichat.group.application.port.in;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.UserId;

public interface ViewGroupUseCase {

    /**
     * The group, and the viewer's membership of it if they have one: a member sees everything, anyone else enough
     * to decide whether to apply.
     *
     * @throws io.hichat.group.domain.GroupNotFound if the group does not exist
     */
    GroupView view(GroupId group, UserId viewer);

    record GroupView(Group group, @Nullable Membership viewer) {
    }
}
