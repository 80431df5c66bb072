package io.hichat.group.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ShowProfileChangeUseCase;
import io.hichat.identity.events.UserProfileChanged;
import io.hichat.shared.domain.UserId;

/**
 * A user's new nickname or avatar is a change of the member lists, join requests and invitations that show them. It
 * runs after identity's change commits, in its own transaction, recorded in the event publication registry until it
 * completes; a repeat only says the change again, which a client takes as the same item.
 */
@Component
@RequiredArgsConstructor
class ShowProfileChangeListener {

    static final String ID = "group.show-profile-change";

    private final ShowProfileChangeUseCase lists;

    @ApplicationModuleListener(id = ID)
    void on(UserProfileChanged changed) {
        lists.showProfileChange(new UserId(changed.userId()));
    }
}
