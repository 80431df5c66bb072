package io.hichat.identity.domain;

import java.time.Duration;

import io.hichat.shared.domain.Busy;

/** Other changes of the same password kept committing first; one more try is likely to find it settled. */
public class PasswordChangesCrossing extends Busy {

    public PasswordChangesCrossing() {
        super("the password is being changed by other requests at the same time; try again in a moment",
                Duration.ofSeconds(1));
    }
}
