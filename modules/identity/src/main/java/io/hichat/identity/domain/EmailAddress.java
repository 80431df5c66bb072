package io.hichat.identity.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.TextValue;

/**
 * An address a user gives to be written to: plausible (something, an {@code @}, a domain with a dot, no spaces) and
 * at most 254 characters, the longest a mail server forwards; or none (empty). Whether it is theirs is not checked.
 */
@ValueObject
public record EmailAddress(String value) implements TextValue {

    public static final int MAX_LENGTH = 254;
    /** The format, for the API description too: empty, or a plausible address. */
    public static final String FORMAT = "^([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);
    public static final EmailAddress NONE = new EmailAddress("");

    public EmailAddress {
        value = value.strip();
        if (value.length() > MAX_LENGTH || !PATTERN.matcher(value).matches()) {
            throw new InvalidUserDetails("email", "must be an address such as name@example.com, at most "
                    + MAX_LENGTH + " characters, or empty");
        }
    }
}
