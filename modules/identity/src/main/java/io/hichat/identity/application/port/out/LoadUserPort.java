package io.hichat.identity.application.port.out;

import java.util.Optional;

import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.identity.domain.UserId;

public interface LoadUserPort {

    Optional<User> findById(UserId id);

    Optional<User> findByPhone(PhoneNumber phone);

    boolean existsById(UserId id);

    boolean existsByPhone(PhoneNumber phone);
}
