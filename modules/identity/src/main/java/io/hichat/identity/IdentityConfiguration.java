package io.hichat.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

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
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;

/**
 * Declares the identity use cases. The application layer carries no Spring stereotype, so its services are listed
 * here, and each one's constructor says which ports it needs. A service built from settings gets a method, and so
 * does each one that serves the module's API to other contexts, so the module's documentation lists it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import({ RegisterUserService.class, LogInService.class, ViewProfileService.class, UpdateProfileService.class,
        SearchUsersService.class, TokenRevocations.class, PasswordCheck.class, ChangePasswordService.class,
        DeleteAccountService.class, LogOutService.class })
class IdentityConfiguration {

    @Bean
    AttemptLimits attemptLimits(CountAttemptsPort counts, ThrottleProperties limits, Clock clock) {
        return new AttemptLimits(counts, new Limit(limits.failedLoginsPerPhone(), limits.failedLoginWindow()),
                new Limit(limits.attemptsPerAddress(), limits.addressWindow()),
                new Limit(limits.searchesPerUser(), limits.addressWindow()), clock);
    }

    @Bean
    UserDirectoryService userDirectoryService(LoadUserPort loadUser) {
        return new UserDirectoryService(loadUser);
    }

    @Bean
    AuthenticateAccessTokenService authenticateAccessTokenService(VerifyAccessTokenPort tokens,
            TokenRevocations revocations, LoadUserPort loadUser) {
        return new AuthenticateAccessTokenService(tokens, revocations, loadUser);
    }
}
