package io.hichat.identity.domain;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.TextValue;

/**
 * A phone number as the login name of an account: 5 to 20 digits with an optional leading {@code +}.
 */
@ValueObject
public record PhoneNumber(String value) implements TextValue {

    /** The format, for the API description too. */
    public static final String FORMAT = "^\\+?[0-9]{5,20}$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public PhoneNumber {
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidUserDetails("phone must be 5 to 20 digits, optionally starting with +");
        }
    }

    public static PhoneNumber of(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidUserDetails("phone is required");
        }
        return new PhoneNumber(value);
    }

    /** The phone number, if the text is one an account could have. */
    public static Optional<PhoneNumber> parse(String value) {
        return PATTERN.matcher(value).matches() ? Optional.of(new PhoneNumber(value)) : Optional.empty();
    }
}
