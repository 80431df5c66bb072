package io.hichat.identity.domain;

import io.hichat.shared.domain.NotAllowed;

/**
 * The same answer for an unknown phone and a wrong password, so that phone numbers cannot be probed.
 */
public class InvalidCredentials extends NotAllowed {

    public InvalidCredentials() {
        super("wrong phone or password");
    }

    protected InvalidCredentials(String message) {
        super(message);
    }
}
