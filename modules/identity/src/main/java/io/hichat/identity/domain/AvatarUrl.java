package io.hichat.identity.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Where the user's picture is: an absolute http or https URL of at most 255 characters, or none (empty).
 */
@ValueObject
public record AvatarUrl(String value) {

    public static final AvatarUrl NONE = new AvatarUrl("");

    static final int MAX_LENGTH = 255;
    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final String RULE = "avatar must be an http or https URL of at most " + MAX_LENGTH + " characters";

    public AvatarUrl {
        if (!value.isEmpty() && !isWebUrl(value)) {
            throw new InvalidUserDetails(RULE);
        }
    }

    public static AvatarUrl of(@Nullable String value) {
        return value == null || value.isBlank() ? NONE : new AvatarUrl(value.strip());
    }

    private static boolean isWebUrl(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase())
                    && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
