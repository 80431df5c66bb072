package io.hichat.identity.application.port.in;

import lombok.NonNull;

import io.hichat.identity.domain.PlainPassword;
import io.hichat.shared.domain.UserId;

/**
 * The old password as it was typed, judged only by comparing it with the account's (as at login); the new one
 * meets the registration rules.
 */
public record ChangePasswordCommand(@NonNull UserId user, @NonNull String oldPassword,
        @NonNull PlainPassword newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + ", passwords hidden]";
    }
}
