package io.hichat.identity.application.port.in;

import java.util.Objects;

import io.hichat.identity.domain.PlainPassword;
import io.hichat.shared.domain.UserId;

/**
 * The old password as it was typed, judged only by comparing it with the account's (as at login); the new one
 * meets the registration rules.
 */
public record ChangePasswordCommand(UserId user, String oldPassword, PlainPassword newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(oldPassword, "oldPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + ", passwords hidden]";
    }
}
