package io.hichat.identity.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret the HS256 key, at least 32 bytes (256 bits); the development default is refused in production
 * @param lifetime how long a token is accepted after it was issued
 */
@ConfigurationProperties("hichat.token")
record AccessTokenProperties(@DefaultValue(DEVELOPMENT_SECRET) String secret,
        @DefaultValue("8640000s") Duration lifetime) {

    /** Known to everyone who reads this file, so it must never sign a production token. */
    static final String DEVELOPMENT_SECRET = "hichat-development-secret-never-use-in-production";

    static final int MIN_SECRET_BYTES = 32;

    AccessTokenProperties {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "hichat.token.secret must be at least " + MIN_SECRET_BYTES + " bytes (256 bits) long");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("hichat.token.lifetime must be positive");
        }
    }

    boolean usesDevelopmentSecret() {
        return DEVELOPMENT_SECRET.equals(secret);
    }
}
