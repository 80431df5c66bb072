package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/**
 * The name other users see: 1 to 64 characters after trimming, without control characters.
 */
@ValueObject
public record Nickname(String value) implements TextValue {

    public static final int MAX_LENGTH = 64;
    private static final String DEFAULT_PREFIX = "用户";
    private static final int PHONE_DIGITS_SHOWN = 4;

    public Nickname {
        value = BoundedText.line("nickname", value, MAX_LENGTH);
        if (value.isEmpty()) {
            throw new InvalidUserDetails("nickname", "must not be blank");
        }
    }

    /**
     * The nickname of an account registered without one: "用户" and the phone's last four digits, which tell
     * friends apart without showing them the number.
     */
    static Nickname of(PhoneNumber phone) {
        String digits = phone.value();
        return new Nickname(DEFAULT_PREFIX + digits.substring(digits.length() - PHONE_DIGITS_SHOWN));
    }
}
