package io.hichat.shared.domain;

import java.time.Duration;

/** The caller has tried this too often for now: a limit on attempts, such as failed logins for one phone. */
public non-sealed class TooManyAttempts extends TryLater {

    public TooManyAttempts(String message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
