package io.hichat.group.application;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ViewGroupUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ViewGroupService implements ViewGroupUseCase {

    private final LoadGroupPort groups;
    private final LoadMembershipPort memberships;

    @Override
    public GroupView view(GroupId group, UserId viewer) {
        return new GroupView(groups.findById(group).orElseThrow(() -> new GroupNotFound(group)),
                memberships.find(group, viewer).orElse(null));
    }
}
