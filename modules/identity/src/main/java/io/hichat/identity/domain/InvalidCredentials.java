package io.hichat.identity.domain;

import io.hichat.shared.domain.NotAllowed;

/**
 * The same answer for an unknown phone and a wrong password, so that phone numbers cannot be probed.
 */
public class InvalidCredentials extends NotAllowed {

    public InvalidCredentials() {
        super("wrong phone or password");
    }

    /** A password given to confirm a change on an account already signed in to. */
    public static InvalidCredentials wrongPassword(String field) {
        return new InvalidCredentials(field + " is not the account's password");
    }

    private InvalidCredentials(String message) {
        super(message);
    }
}
