package io.hichat.identity.application.port.in;

import io.hichat.identity.domain.User;
import io.hichat.shared.domain.UserId;

public interface ViewProfileUseCase {

    /**
     * @throws io.hichat.identity.domain.UnknownUser if no account has this id
     */
    User viewProfile(UserId id);
}
