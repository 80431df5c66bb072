package io.hichat.identity.domain;

import io.hichat.shared.domain.Invalid;

/**
 * A value given for an account is missing or breaks its rule; the message names the field and the rule.
 */
public class InvalidUserDetails extends Invalid {

    public InvalidUserDetails(String message) {
        super(message);
    }

    public InvalidUserDetails(String field, String rule) {
        super(field, rule);
    }
}
