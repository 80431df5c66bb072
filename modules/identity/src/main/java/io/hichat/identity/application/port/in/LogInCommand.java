package io.hichat.identity.application.port.in;

import java.util.Objects;

import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;

public record LogInCommand(PhoneNumber phone, PlainPassword password) {

    public LogInCommand {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(password, "password");
    }
}
