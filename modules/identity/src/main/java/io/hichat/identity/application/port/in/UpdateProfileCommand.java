package io.hichat.identity.application.port.in;

import java.util.Objects;

import io.hichat.identity.domain.ProfileUpdate;
import io.hichat.shared.domain.UserId;

public record UpdateProfileCommand(UserId user, ProfileUpdate update) {

    public UpdateProfileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(update, "update");
    }
}
