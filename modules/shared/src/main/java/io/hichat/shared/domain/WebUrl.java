package io.hichat.shared.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Where a picture is: an absolute http or https URL of at most 255 characters, or none (empty). The host is a name
 * or an IPv4 address, with an optional port; no user part, which would only serve to disguise the host.
 */
@ValueObject
public record WebUrl(String value) implements TextValue {

    public static final WebUrl NONE = new WebUrl("");

    public static final int MAX_LENGTH = 255;
    /** The format, for the API description too; the server also reads the scheme in capitals. */
    public static final String FORMAT = "^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#]\\S*)?)?$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT.replace("https?", "(?i:https?)"));
    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final String RULE = "must be an http or https URL of at most " + MAX_LENGTH + " characters";

    public WebUrl {
        if (!value.isEmpty() && !isWebUrl(value)) {
            throw new Invalid("a web URL", RULE);
        }
    }

    /** What a user gave for {@code field}: nothing or blank is none, anything else must be a web URL. */
    public static WebUrl of(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return new WebUrl(value.strip());
        } catch (Invalid notAWebUrl) {
            throw new Invalid(field, RULE);
        }
    }

    private static boolean isWebUrl(String value) {
        if (value.codePointCount(0, value.length()) > MAX_LENGTH || !PATTERN.matcher(value).matches()) {
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
