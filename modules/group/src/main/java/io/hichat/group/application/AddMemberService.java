package io.hichat.group.application;

import io.hichat.group.application.port.in.AddMemberCommand;
import io.hichat.group.application.port.in.AddMemberUseCase;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Membership;

public record AddMemberService(SaveMembershipPort memberships) implements AddMemberUseCase {

    @Override
    public void addMember(AddMemberCommand command) {
        memberships.addIfAbsent(
                Membership.member(command.group(), command.user(), command.inviter(), command.joinedAt()));
    }
}
