package io.hichat.identity.application.port.in;

import io.hichat.identity.domain.AccessToken;

public interface ChangePasswordUseCase {

    /**
     * Checks the old password, stores the new one and refuses every token the user holds.
     *
     * @return a fresh token, the one token of the user accepted afterwards
     * @throws io.hichat.identity.domain.InvalidCredentials if the old password is not the account's
     */
    AccessToken changePassword(ChangePasswordCommand command);
}
