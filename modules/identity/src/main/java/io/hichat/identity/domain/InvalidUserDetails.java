package io.hichat.identity.domain;

/**
 * A value given for an account is missing or breaks its rule; the message names the field and the rule.
 */
public class InvalidUserDetails extends RuntimeException {

    public InvalidUserDetails(String message) {
        super(message);
    }
}
