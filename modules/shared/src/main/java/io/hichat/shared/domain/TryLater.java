package io.hichat.shared.domain;

import java.time.Duration;

/**
 * Not now: the request may succeed if it is sent again after {@link #retryAfter()}. Its two kinds say whose limit
 * was met: the caller's ({@link TooManyAttempts}) or the server's ({@link Busy}).
 */
public abstract sealed class TryLater extends Refusal permits TooManyAttempts, Busy {

    private final Duration retryAfter;

    protected TryLater(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
