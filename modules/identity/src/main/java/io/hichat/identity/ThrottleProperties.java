package io.hichat.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The attempt limits of contract §8.4. Counts are kept in the database, so every instance on it counts together.
 *
 * @param failedLoginsPerPhone failed logins one phone may have in {@code failedLoginWindow}
 * @param attemptsPerAddress logins, registrations and searches (each counted apart) one client address may make
 *        in {@code addressWindow}
 * @param searchesPerUser searches one user may make in {@code addressWindow}
 */
@ConfigurationProperties("hichat.throttle")
record ThrottleProperties(@DefaultValue("10") int failedLoginsPerPhone, @DefaultValue("15m") Duration failedLoginWindow,
        @DefaultValue("60") int attemptsPerAddress, @DefaultValue("60") int searchesPerUser,
        @DefaultValue("1m") Duration addressWindow) {

    ThrottleProperties {
        if (failedLoginsPerPhone < 1 || attemptsPerAddress < 1 || searchesPerUser < 1) {
            throw new IllegalArgumentException("hichat.throttle limits must be 1 or more");
        }
        if (failedLoginWindow.isNegative() || failedLoginWindow.isZero() || addressWindow.isNegative()
                || addressWindow.isZero()) {
            throw new IllegalArgumentException("hichat.throttle windows must be positive durations, such as 1m");
        }
    }
}
