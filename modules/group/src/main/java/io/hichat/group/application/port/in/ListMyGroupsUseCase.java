package io.hichat.group.application.port.in;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public interface ListMyGroupsUseCase {

    /** The groups the user is a member of, oldest first, after the given group. */
    List<Group> list(UserId member, int limit, @Nullable GroupId after, @Nullable Collection<Long> only);
}
