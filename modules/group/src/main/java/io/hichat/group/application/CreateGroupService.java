package io.hichat.group.application;

import java.time.Clock;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.CreateGroupUseCase;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * The creator is held existing until the group commits, so the creator's account deletion finds the group to hand
 * on, or this finds the creator gone.
 */
@RequiredArgsConstructor
@Transactional
public class CreateGroupService implements CreateGroupUseCase {

    private final HoldUsersPort users;
    private final SaveGroupPort groups;
    private final SaveMembershipPort memberships;
    private final DomainEventPublisher events;
    /** How many members a new group may hold, the limit it keeps. */
    private final int maxMembers;
    private final Clock clock;

    @Override
    public GroupId create(CreateGroupCommand command) {
        users.holdExisting(List.of(command.creator()));
        Group created = Group.create(groups.nextGroupId(), command.name(), command.icon(), command.creator(),
                maxMembers, clock.instant());
        groups.add(created);
        memberships.addIfAbsent(Membership.creatorOf(created));
        events.publishEventsOf(created);
        return created.getId();
    }
}
