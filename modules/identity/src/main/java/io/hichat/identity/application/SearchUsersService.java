package io.hichat.identity.application;

import java.util.Optional;

import io.hichat.identity.UserProfile;
import io.hichat.identity.application.port.in.SearchUsersUseCase;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.domain.PhoneNumber;

public record SearchUsersService(LoadUserPort loadUser) implements SearchUsersUseCase {

    @Override
    public Optional<UserProfile> findByPhone(PhoneNumber phone) {
        return loadUser.findByPhone(phone).map(user -> new UserProfile(user.getId().value(),
                user.getNickname().value(), user.getSex().code(), user.getAvatar().value(),
                user.getIntroduction().value()));
    }
}
