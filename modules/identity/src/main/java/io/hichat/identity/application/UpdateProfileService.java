package io.hichat.identity.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.UpdateProfileCommand;
import io.hichat.identity.application.port.in.UpdateProfileUseCase;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Reads the account with its row locked, so that two updates of one profile at once end as one after the other,
 * each answering the profile as its own update left it.
 */
@RequiredArgsConstructor
@Transactional
public class UpdateProfileService implements UpdateProfileUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public User updateProfile(UpdateProfileCommand command) {
        User user = loadUser.findByIdForUpdate(command.user()).orElseThrow(() -> new UnknownUser(command.user()));
        if (user.updateProfile(command.update(), UUID.randomUUID(), clock.instant())) {
            saveUser.saveProfile(user);
            events.publishEventsOf(user);
        }
        return user;
    }
}
