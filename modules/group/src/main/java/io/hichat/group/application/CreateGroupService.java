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

public record CreateGroupService(SaveGroupPort groups, SaveMembershipPort memberships,
        TransactionOperations transactions, Clock clock) implements CreateGroupUseCase {

    @Override
    public GroupId create(CreateGroupCommand command) {
        Group group = transactions.execute(status -> {
            Group created = Group.create(groups.nextGroupId(), command.name(), command.icon(), command.creator(),
                    clock.instant());
            groups.add(created);
            memberships.addIfAbsent(Membership.creatorOf(created));
            return created;
        });
        return group.getId();
    }
}
