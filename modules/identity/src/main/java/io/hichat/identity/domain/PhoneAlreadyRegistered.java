package io.hichat.identity.domain;

/**
 * Refuses a second account for a phone number.
 */
public class PhoneAlreadyRegistered extends RuntimeException {

    public PhoneAlreadyRegistered(PhoneNumber phone) {
        super("phone " + phone.value() + " is already registered");
    }
}
