package io.hichat.group.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.group.application.port.in.ListMyGroupsUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.UserId;

public record ListMyGroupsService(LoadGroupPort groups) implements ListMyGroupsUseCase {

    @Override
    public List<Group> list(UserId member, int limit, @Nullable GroupId after) {
        return groups.groupsOf(member, limit, after);
    }
}
