package io.hichat.group.application;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ListMyGroupsUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ListMyGroupsService implements ListMyGroupsUseCase {

    private final LoadGroupPort groups;

    @Override
    public List<Group> list(UserId member, int limit, @Nullable GroupId after, @Nullable Collection<Long> only) {
        return groups.groupsOf(member, limit, after, only);
    }
}
