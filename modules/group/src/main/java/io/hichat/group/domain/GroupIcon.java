package io.hichat.group.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** The group's picture: an absolute http or https URL of at most 255 characters, or none (empty). */
@ValueObject
public record GroupIcon(String value) {

    static final int MAX_LENGTH = 255;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    public GroupIcon {
        if (!value.isEmpty() && !isWebUrl(value)) {
            throw new InvalidGroupRequest("icon must be an http or https URL of at most " + MAX_LENGTH
                    + " characters");
        }
    }

    public static GroupIcon of(@Nullable String value) {
        return new GroupIcon(value == null ? "" : value.strip());
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
