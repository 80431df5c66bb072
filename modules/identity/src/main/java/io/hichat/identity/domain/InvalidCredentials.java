package io.hichat.identity.domain;

/**
 * The same answer for an unknown phone and a wrong password, so that phone numbers cannot be probed.
 */
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("wrong phone or password");
    }
}
