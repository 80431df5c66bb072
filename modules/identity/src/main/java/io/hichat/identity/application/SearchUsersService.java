package io.hichat.identity.application;

import java.util.Optional;

import io.hichat.identity.UserProfile;
import io.hichat.identity.application.port.in.SearchUsersUseCase;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.UserId;

public record SearchUsersService(LoadUserPort loadUser, AttemptLimits limits) implements SearchUsersUseCase {

    @Override
    public Optional<UserProfile> findByPhone(UserId caller, String clientAddress, PhoneNumber phone) {
        limits.takeFromAddress("search", clientAddress);
        limits.takeSearch(caller);
        return loadUser.findByPhone(phone).map(user -> new UserProfile(user.getId().value(),
                user.getNickname().value(), user.getSex().code(), user.getAvatar().value(),
                user.getIntroduction().value()));
    }
}
