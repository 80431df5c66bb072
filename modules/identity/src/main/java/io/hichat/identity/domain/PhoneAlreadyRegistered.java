package io.hichat.identity.domain;

import io.hichat.shared.domain.Conflict;

/**
 * Refuses a second account for a phone number.
 */
public class PhoneAlreadyRegistered extends Conflict {

    public PhoneAlreadyRegistered(PhoneNumber phone) {
        super("phone " + phone.value() + " is already registered");
    }
}
