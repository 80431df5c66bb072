package io.hichat.group.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.CreateGroupUseCase;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;

/** @param maxMembers how many members a new group may hold, the limit it keeps */
public record CreateGroupService(SaveGroupPort groups, SaveMembershipPort memberships,
        TransactionOperations transactions, int maxMembers, Clock clock) implements CreateGroupUseCase {

    @Override
    public GroupId create(CreateGroupCommand command) {
        Group group = transactions.execute(status -> {
            Group created = Group.create(groups.nextGroupId(), command.name(), command.icon(), command.creator(),
                    maxMembers, clock.instant());
            groups.add(created);
            memberships.addIfAbsent(Membership.creatorOf(created));
            return created;
        });
        return group.getId();
    }
}
