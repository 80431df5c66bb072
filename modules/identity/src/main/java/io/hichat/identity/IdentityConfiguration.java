package io.hichat.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.identity.application.AttemptLimits;
import io.hichat.identity.application.AttemptLimits.Limit;
import io.hichat.identity.application.AuthenticateAccessTokenService;
import io.hichat.identity.application.ChangePasswordService;
import io.hichat.identity.application.DeleteAccountService;
import io.hichat.identity.application.LogInService;
import io.hichat.identity.application.PasswordCheck;
import io.hichat.identity.application.LogOutService;
import io.hichat.identity.application.RegisterUserService;
import io.hichat.identity.application.SearchUsersService;
import io.hichat.identity.application.TokenRevocations;
import io.hichat.identity.application.UpdateProfileService;
import io.hichat.identity.application.UserDirectoryService;
import io.hichat.identity.application.ViewProfileService;
import io.hichat.identity.application.port.out.CountAttemptsPort;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.application.port.out.TokenRevocationsPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Wires the identity use cases to their ports. The application layer carries no Spring stereotype, so its
 * services are declared here, in one place that shows what each use case needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityConfiguration {

    @Bean
    AttemptLimits attemptLimits(CountAttemptsPort counts, ThrottleProperties limits, Clock clock) {
        return new AttemptLimits(counts, new Limit(limits.failedLoginsPerPhone(), limits.failedLoginWindow()),
                new Limit(limits.attemptsPerAddress(), limits.addressWindow()),
                new Limit(limits.searchesPerUser(), limits.addressWindow()), clock);
    }

    @Bean
    RegisterUserService registerUserService(LoadUserPort loadUser, SaveUserPort saveUser, HashPasswordPort passwords,
            IssueAccessTokenPort tokens, DomainEventPublisher events, TransactionOperations transactions,
            AttemptLimits limits, Clock clock) {
        return new RegisterUserService(loadUser, saveUser, passwords, tokens, events, transactions, limits, clock);
    }

    @Bean
    LogInService logInService(LoadUserPort loadUser, SaveUserPort saveUser, HashPasswordPort passwords,
            IssueAccessTokenPort tokens, AttemptLimits limits, Clock clock) {
        return new LogInService(loadUser, saveUser, passwords, tokens, limits, clock);
    }

    @Bean
    ViewProfileService viewProfileService(LoadUserPort loadUser) {
        return new ViewProfileService(loadUser);
    }

    @Bean
    UpdateProfileService updateProfileService(LoadUserPort loadUser, SaveUserPort saveUser,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new UpdateProfileService(loadUser, saveUser, events, transactions, clock);
    }

    @Bean
    SearchUsersService searchUsersService(LoadUserPort loadUser, AttemptLimits limits) {
        return new SearchUsersService(loadUser, limits);
    }

    @Bean
    UserDirectoryService userDirectoryService(LoadUserPort loadUser) {
        return new UserDirectoryService(loadUser);
    }

    @Bean
    TokenRevocations tokenRevocations(TokenRevocationsPort stored, Clock clock) {
        return new TokenRevocations(stored, clock);
    }

    @Bean
    PasswordCheck passwordCheck(HashPasswordPort passwords, AttemptLimits limits) {
        return new PasswordCheck(passwords, limits);
    }

    @Bean
    ChangePasswordService changePasswordService(LoadUserPort loadUser, SaveUserPort saveUser,
            PasswordCheck passwordCheck, HashPasswordPort passwords, IssueAccessTokenPort tokens,
            TokenRevocations revocations, TransactionOperations transactions, Clock clock) {
        return new ChangePasswordService(loadUser, saveUser, passwordCheck, passwords, tokens, revocations,
                transactions, clock);
    }

    @Bean
    DeleteAccountService deleteAccountService(LoadUserPort loadUser, SaveUserPort saveUser,
            PasswordCheck passwordCheck, IssueAccessTokenPort tokens, TokenRevocations revocations,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new DeleteAccountService(loadUser, saveUser, passwordCheck, tokens, revocations, events, transactions,
                clock);
    }

    @Bean
    LogOutService logOutService(VerifyAccessTokenPort tokens, TokenRevocations revocations) {
        return new LogOutService(tokens, revocations);
    }

    @Bean
    AuthenticateAccessTokenService authenticateAccessTokenService(VerifyAccessTokenPort tokens,
            TokenRevocations revocations, LoadUserPort loadUser) {
        return new AuthenticateAccessTokenService(tokens, revocations, loadUser);
    }
}
