package io.hichat.identity.application.port.in;

import java.util.Optional;

import io.hichat.identity.domain.PhoneNumber;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

public interface SearchUsersUseCase {

    /**
     * The public card of the account registered with exactly this phone, if there is one; never the phone. Each
     * caller and each client address may search only so often, so the phone space cannot be walked.
     */
    Optional<UserCard> findByPhone(UserId caller, String clientAddress, PhoneNumber phone);
}
