package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/**
 * The name other users see: 1 to 64 characters after trimming, without control characters.
 */
@ValueObject
public record Nickname(String value) implements TextValue {

    static final int MAX_LENGTH = 64;

    public Nickname {
        value = BoundedText.line("nickname", value, MAX_LENGTH);
        if (value.isEmpty()) {
            throw new InvalidUserDetails("nickname", "must not be blank");
        }
    }

    /** The nickname of an account registered without one. */
    static Nickname of(PhoneNumber phone) {
        return new Nickname(phone.value());
    }
}
