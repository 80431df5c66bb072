package io.hichat.identity.application;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.ViewProfileUseCase;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ViewProfileService implements ViewProfileUseCase {

    private final LoadUserPort loadUser;

    @Override
    public User viewProfile(UserId id) {
        return loadUser.findById(id).orElseThrow(() -> new UnknownUser(id));
    }
}
