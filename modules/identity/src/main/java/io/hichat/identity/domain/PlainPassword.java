package io.hichat.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A password as the user typed it. Its length is counted in UTF-8 bytes because bcrypt reads at most 72 of them:
 * a longer password would be silently cut, so it is refused instead.
 */
@ValueObject
public final class PlainPassword {

    public static final int MIN_BYTES = 6;
    public static final int MAX_BYTES = 72;

    private final String value;

    private PlainPassword(String value) {
        this.value = value;
    }

    public static PlainPassword of(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidUserDetails("password", "is required");
        }
        return parse(value).orElseThrow(() -> new InvalidUserDetails(
                "password", "must be " + MIN_BYTES + " to " + MAX_BYTES + " bytes long"));
    }

    /** The password, if it is one an account could have. */
    public static Optional<PlainPassword> parse(String value) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        return bytes < MIN_BYTES || bytes > MAX_BYTES ? Optional.empty() : Optional.of(new PlainPassword(value));
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PlainPassword[hidden]";
    }
}
