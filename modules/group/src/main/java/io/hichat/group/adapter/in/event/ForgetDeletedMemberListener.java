package io.hichat.group.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ForgetDeletedMemberUseCase;
import io.hichat.identity.events.UserDeleted;
import io.hichat.shared.domain.UserId;

/**
 * A deleted account leaves no membership or join request behind, and no group without a creator. It runs after
 * identity's deletion commits, in its own transaction, recorded in the event publication registry until it
 * completes: a failure or a crash leaves the publication to be resubmitted, and a repeat finds nothing left to do.
 */
@Component
@RequiredArgsConstructor
class ForgetDeletedMemberListener {

    static final String ID = "group.forget-deleted-member";

    private final ForgetDeletedMemberUseCase forget;

    @ApplicationModuleListener(id = ID)
    void on(UserDeleted deleted) {
        forget.forgetDeletedMember(new UserId(deleted.userId()));
    }
}
