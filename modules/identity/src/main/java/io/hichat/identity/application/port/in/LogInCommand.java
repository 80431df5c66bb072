package io.hichat.identity.application.port.in;

import lombok.NonNull;

/**
 * Credentials as they were typed. Login judges them only by comparing them with an account's, so that a guess that
 * breaks the registration rules (a short password, a malformed phone) is answered as any wrong guess is.
 */
public record LogInCommand(@NonNull String phone, @NonNull String password, @NonNull String clientAddress) {

    @Override
    public String toString() {
        return "LogInCommand[phone=" + phone + ", password=hidden, clientAddress=" + clientAddress + "]";
    }
}
