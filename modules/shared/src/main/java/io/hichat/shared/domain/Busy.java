package io.hichat.shared.domain;

import java.time.Duration;

/** The server has as much of this work as it takes at once, such as password hashes; nothing was done. */
public non-sealed class Busy extends TryLater {

    public Busy(String message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
