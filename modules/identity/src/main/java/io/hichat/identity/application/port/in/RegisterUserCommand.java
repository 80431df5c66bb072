package io.hichat.identity.application.port.in;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

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
public record RegisterUserCommand(PhoneNumber phone, PlainPassword password, @Nullable Nickname nickname, Sex sex,
        WebUrl avatar, String clientAddress) {

    public RegisterUserCommand {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(avatar, "avatar");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
