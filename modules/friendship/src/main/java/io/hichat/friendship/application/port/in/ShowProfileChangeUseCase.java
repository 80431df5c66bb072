package io.hichat.friendship.application.port.in;

import io.hichat.shared.domain.UserId;

/** A user's profile changed: every list showing them changed. A repeat only says so again. */
public interface ShowProfileChangeUseCase {

    void showProfileChange(UserId user);
}
