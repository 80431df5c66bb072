package io.hichat.identity.domain;

import java.time.Duration;

import io.hichat.shared.domain.Busy;

/** As many passwords are being hashed, and waiting to be, as the server takes at once. */
public class PasswordHashingBusy extends Busy {

    public PasswordHashingBusy(Duration retryAfter) {
        super("the server is busy checking passwords; try again in a moment", retryAfter);
    }
}
