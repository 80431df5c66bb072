package io.hichat.identity.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.identity.domain.UserId;

public interface LoadUserPort {

    Optional<User> findById(UserId id);

    Optional<User> findByPhone(PhoneNumber phone);

    /** Those of the given users who exist, in one query. */
    List<User> findAllById(Collection<UserId> ids);

    boolean existsById(UserId id);

    boolean existsByPhone(PhoneNumber phone);
}
