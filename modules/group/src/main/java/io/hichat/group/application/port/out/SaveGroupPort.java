package io.hichat.group.application.port.out;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;

public interface SaveGroupPort {

    GroupId nextGroupId();

    void add(Group group);

    /** Stores what can change of a group: name, icon, creator, verification, notice, mute. */
    void save(Group group);

    /** Deletes the group, its memberships and its join requests with it. */
    void delete(GroupId id);
}
