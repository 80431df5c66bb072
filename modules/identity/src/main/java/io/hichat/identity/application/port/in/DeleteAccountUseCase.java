package io.hichat.identity.application.port.in;

import io.hichat.shared.domain.UserId;

public interface DeleteAccountUseCase {

    /**
     * Checks the password, erases the account and refuses every token of it, and publishes
     * {@link io.hichat.identity.events.UserDeleted} for the other contexts to clean up after.
     *
     * @param password as it was typed, only compared with the account's
     * @throws io.hichat.identity.domain.InvalidCredentials if it is not the account's password
     * @throws io.hichat.identity.domain.UnknownUser if the account was deleted meanwhile
     */
    void deleteAccount(UserId user, String password);
}
