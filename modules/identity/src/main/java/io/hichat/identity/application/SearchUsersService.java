package io.hichat.identity.application;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.SearchUsersUseCase;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class SearchUsersService implements SearchUsersUseCase {

    private final LoadUserPort loadUser;
    private final AttemptLimits limits;

    @Override
    public Optional<UserCard> findByPhone(UserId caller, String clientAddress, PhoneNumber phone) {
        limits.takeFromAddress("search", clientAddress);
        limits.takeSearch(caller);
        return loadUser.findByPhone(phone).map(User::card);
    }
}
