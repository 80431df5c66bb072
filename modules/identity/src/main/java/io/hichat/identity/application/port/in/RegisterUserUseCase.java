package io.hichat.identity.application.port.in;

import io.hichat.identity.domain.AccessToken;

public interface RegisterUserUseCase {

    /**
     * Creates the account and logs it in.
     *
     * @throws io.hichat.identity.domain.PhoneAlreadyRegistered if the phone has an account already
     */
    AccessToken register(RegisterUserCommand command);
}
