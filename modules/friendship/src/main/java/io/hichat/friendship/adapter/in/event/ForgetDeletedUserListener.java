package io.hichat.friendship.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ForgetDeletedUserUseCase;
import io.hichat.identity.events.UserDeleted;
import io.hichat.shared.domain.UserId;

/**
 * A deleted account leaves no friendship, request or block behind. It runs after identity's deletion commits, in
 * its own transaction, recorded in the event publication registry until it completes: a failure or a crash leaves
 * the publication to be resubmitted, and a repeat finds nothing left to remove.
 */
@Component
@RequiredArgsConstructor
class ForgetDeletedUserListener {

    static final String ID = "friendship.forget-deleted-user";

    private final ForgetDeletedUserUseCase forget;

    @ApplicationModuleListener(id = ID)
    void on(UserDeleted deleted) {
        forget.forgetDeletedUser(new UserId(deleted.userId()));
    }
}
