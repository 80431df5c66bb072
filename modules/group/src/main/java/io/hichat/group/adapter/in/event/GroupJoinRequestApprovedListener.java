package io.hichat.group.adapter.in.event;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.hichat.group.application.port.in.AddMemberCommand;
import io.hichat.group.application.port.in.AddMemberUseCase;
import io.hichat.group.domain.GroupId;
import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.shared.domain.UserId;

/**
 * An approved request makes the member. It runs in the publishing transaction, so the approval and the membership
 * commit together and the next member list after the 200 shows the member; adding the same member twice changes
 * nothing.
 */
@Component
record GroupJoinRequestApprovedListener(AddMemberUseCase addMember) {

    static final String ID = "group.add-member-on-join-request-approved";

    @EventListener(id = ID)
    void on(GroupJoinRequestApproved approved) {
        addMember.addMember(new AddMemberCommand(new GroupId(approved.groupId()), new UserId(approved.userId()),
                new UserId(approved.inviterId()), Instant.ofEpochSecond(approved.occurredAt())));
    }
}
