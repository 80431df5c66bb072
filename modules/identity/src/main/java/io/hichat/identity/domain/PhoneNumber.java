package io.hichat.identity.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.TextValue;

/**
 * A phone number as the login name of an account: 5 to 20 digits with an optional leading {@code +}.
 */
@ValueObject
public record PhoneNumber(String value) implements TextValue {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9]{5,20}");

    public PhoneNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidUserDetails("phone must be 5 to 20 digits, optionally starting with +");
        }
    }

    public static PhoneNumber of(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidUserDetails("phone is required");
        }
        return new PhoneNumber(value);
    }
}
