package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The name other users see: 1 to 64 characters after trimming, without control characters.
 */
@ValueObject
public record Nickname(String value) {

    static final int MAX_LENGTH = 64;

    public Nickname {
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidUserDetails("nickname must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidUserDetails("nickname must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidUserDetails("nickname must not contain control characters");
        }
    }

    /** The nickname of an account registered without one. */
    static Nickname of(PhoneNumber phone) {
        return new Nickname(phone.value());
    }
}
