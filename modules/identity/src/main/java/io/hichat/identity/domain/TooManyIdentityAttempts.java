package io.hichat.identity.domain;

import java.time.Duration;

import io.hichat.shared.domain.TooManyAttempts;

/** Too many logins, registrations or searches from one subject for now; the same answer whether a phone exists. */
public class TooManyIdentityAttempts extends TooManyAttempts {

    public TooManyIdentityAttempts(Duration retryAfter) {
        super("too many attempts; try again later", retryAfter);
    }
}
