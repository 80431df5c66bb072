package io.hichat.identity.application;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.LogInCommand;
import io.hichat.identity.application.port.in.LogInUseCase;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.InvalidCredentials;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.identity.domain.User;

@RequiredArgsConstructor
public final class LogInService implements LogInUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final HashPasswordPort passwords;
    private final IssueAccessTokenPort tokens;
    private final AttemptLimits limits;
    private final Clock clock;

    /** Attempts are counted before any work: past a limit, a login costs one statement and no hash. */
    @Override
    public AccessToken logIn(LogInCommand command) {
        limits.takeFromAddress("login", command.clientAddress());
        limits.takeLogin(command.phone());
        User user = PhoneNumber.parse(command.phone()).flatMap(loadUser::findByPhone).orElse(null);
        PlainPassword password = PlainPassword.parse(command.password()).orElse(null);
        if (user == null || password == null) {
            passwords.matchNothing();
            throw new InvalidCredentials();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            throw new InvalidCredentials();
        }
        limits.loggedIn(command.phone());
        user.recordLogin(clock.instant());
        saveUser.saveLastLogin(user);
        return tokens.issue(user.getId(), user.getTokenGeneration(), user.getLastLoginAt());
    }
}
