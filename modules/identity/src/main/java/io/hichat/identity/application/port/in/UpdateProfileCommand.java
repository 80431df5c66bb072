package io.hichat.identity.application.port.in;

import lombok.NonNull;

import io.hichat.identity.domain.ProfileUpdate;
import io.hichat.shared.domain.UserId;

public record UpdateProfileCommand(@NonNull UserId user, @NonNull ProfileUpdate update) {
}
