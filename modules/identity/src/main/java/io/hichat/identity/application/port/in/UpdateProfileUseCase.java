package io.hichat.identity.application.port.in;

import io.hichat.identity.domain.User;

public interface UpdateProfileUseCase {

    /**
     * Changes the fields the command names and answers the profile as it now is.
     *
     * @throws io.hichat.identity.domain.UnknownUser if no account has the caller's id
     */
    User updateProfile(UpdateProfileCommand command);
}
