package io.hichat.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedOrigins origins of the web clients allowed to call the API; {@code *} (the development default)
 * allows any, and is refused in production
 */
@ConfigurationProperties("hichat.cors")
record CorsProperties(@DefaultValue("*") List<String> allowedOrigins) {

    static final String ANY_ORIGIN = "*";

    boolean allowsAnyOrigin() {
        return allowedOrigins.contains(ANY_ORIGIN);
    }
}
