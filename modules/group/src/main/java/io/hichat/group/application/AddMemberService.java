package io.hichat.group.application;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.AddMemberCommand;
import io.hichat.group.application.port.in.AddMemberUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Admits a member under the group's lock, which the approving transaction holds already: the count the group
 * checks its limit against is the one every other admission sees. A full group refuses, and the approval that
 * asked fails with it.
 */
@RequiredArgsConstructor
public final class AddMemberService implements AddMemberUseCase {

    private final LoadGroupPort groups;
    private final LoadMembershipPort loadMemberships;
    private final SaveMembershipPort saveMemberships;
    private final DomainEventPublisher events;

    @Override
    public void addMember(AddMemberCommand command) {
        Group group = groups.findByIdForUpdate(command.group())
                .orElseThrow(() -> new GroupNotFound(command.group()));
        if (loadMemberships.find(command.group(), command.user()).isPresent()) {
            return;
        }
        group.admit(command.user(), command.inviter(), command.joinedAt());
        saveMemberships.addIfAbsent(
                Membership.member(command.group(), command.user(), command.inviter(), command.joinedAt()));
        events.publishEventsOf(group);
    }
}
