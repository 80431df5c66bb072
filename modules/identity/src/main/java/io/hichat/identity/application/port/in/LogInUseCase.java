package io.hichat.identity.application.port.in;

import io.hichat.identity.domain.AccessToken;

public interface LogInUseCase {

    /**
     * Checks the password, records the login and hands out a token.
     *
     * @throws io.hichat.identity.domain.InvalidCredentials for an unknown phone and a wrong password alike
     */
    AccessToken logIn(LogInCommand command);
}
