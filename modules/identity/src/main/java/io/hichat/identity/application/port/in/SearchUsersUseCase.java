package io.hichat.identity.application.port.in;

import java.util.Optional;

import io.hichat.identity.UserProfile;
import io.hichat.identity.domain.PhoneNumber;

public interface SearchUsersUseCase {

    /** The public card of the account registered with exactly this phone, if there is one; never the phone. */
    Optional<UserProfile> findByPhone(PhoneNumber phone);
}
