package io.hichat.identity.application;

import java.time.Clock;

import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.RegisterUserCommand;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.DomainEventPublisher;

@RequiredArgsConstructor
public final class RegisterUserService implements RegisterUserUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final HashPasswordPort passwords;
    private final IssueAccessTokenPort tokens;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final AttemptLimits limits;
    private final Clock clock;

    /**
     * The password is hashed outside the transaction: bcrypt takes tens of milliseconds, and a database connection
     * should not wait for it. The unique phone constraint, not the early check, is what makes a race safe.
     */
    @Override
    public AccessToken register(RegisterUserCommand command) {
        limits.takeFromAddress("register", command.clientAddress());
        if (loadUser.existsByPhone(command.phone())) {
            throw new PhoneAlreadyRegistered(command.phone());
        }
        PasswordHash hash = passwords.hash(command.password());
        User user = transactions.execute(status -> {
            User registered = User.register(saveUser.nextId(), command.phone(), hash, command.nickname(),
                    command.sex(), command.avatar(), clock.instant());
            saveUser.add(registered);
            events.publishEventsOf(registered);
            return registered;
        });
        return tokens.issue(user.getId(), user.getTokenGeneration(), user.getLastLoginAt());
    }
}
