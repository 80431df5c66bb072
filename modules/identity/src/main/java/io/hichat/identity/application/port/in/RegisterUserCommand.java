package io.hichat.identity.application.port.in;

import org.jspecify.annotations.Nullable;

import lombok.NonNull;

import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.WebUrl;

/**
 * A registration whose every value has passed its value object's rules.
 *
 * @param nickname {@code null} when the user left it empty: the account gets the default one
 * @param clientAddress where the request came from, for the attempts each address may make
 */
public record RegisterUserCommand(@NonNull PhoneNumber phone, @NonNull PlainPassword password,
        @Nullable Nickname nickname, @NonNull Sex sex, @NonNull WebUrl avatar, @NonNull String clientAddress) {
}
