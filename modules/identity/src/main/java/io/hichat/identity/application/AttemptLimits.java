package io.hichat.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.ForgetEndedAttemptsUseCase;
import io.hichat.identity.application.port.out.CountAttemptsPort;
import io.hichat.identity.application.port.out.CountAttemptsPort.Attempts;
import io.hichat.identity.domain.TooManyIdentityAttempts;
import io.hichat.shared.domain.Digests;
import io.hichat.shared.domain.UserId;

/**
 * The attempt limits of contract §8.4, counted through the port so that every instance counts together. An attempt
 * is counted before it is judged and refused once its window holds more than the limit; a successful login
 * forgets its phone's count, so what stays counted for a phone are its failures.
 */
@RequiredArgsConstructor
public final class AttemptLimits implements ForgetEndedAttemptsUseCase {

    /** A phone number's longest form: 20 digits and a +. */
    private static final int LONGEST_PHONE = 21;

    private final CountAttemptsPort counts;
    private final Limit failedLoginsPerPhone;
    private final Limit attemptsPerAddress;
    private final Limit searchesPerUser;
    private final Clock clock;

    /** At most {@code attempts} in a window of {@code window}. */
    public record Limit(int attempts, Duration window) {

        public Limit {
            Objects.requireNonNull(window, "window");
        }
    }

    public void takeLogin(String phone) {
        take(phoneSubject(phone), failedLoginsPerPhone);
    }

    public void loggedIn(String phone) {
        counts.forget(phoneSubject(phone));
    }

    /** What a client address may do: {@code login}, {@code register} or {@code search}. */
    public void takeFromAddress(String action, String address) {
        take(action + "-address:" + address, attemptsPerAddress);
    }

    public void takeSearch(UserId user) {
        take("search-user:" + user.value(), searchesPerUser);
    }

    @Override
    public void forgetEnded() {
        counts.forgetEndedBefore(clock.instant());
    }

    /**
     * The phone as typed, which may be anything a client sends: longer than any phone, it is counted under its
     * SHA-256, so that a subject stays short and the same text still counts as itself.
     */
    private static String phoneSubject(String phone) {
        if (phone.length() <= LONGEST_PHONE) {
            return "login-phone:" + phone;
        }
        return "login-phone-sha256:" + Digests.sha256Hex(phone);
    }

    private void take(String subject, Limit limit) {
        Instant now = clock.instant();
        Attempts attempts = counts.count(subject, limit.window(), now);
        if (attempts.count() > limit.attempts()) {
            throw new TooManyIdentityAttempts(Duration.between(now, attempts.windowEnd()));
        }
    }
}
