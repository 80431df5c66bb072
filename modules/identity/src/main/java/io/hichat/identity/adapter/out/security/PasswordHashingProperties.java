package io.hichat.identity.adapter.out.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param strength bcrypt's log2 cost; each step doubles the time a hash takes
 */
@ConfigurationProperties("hichat.password")
record PasswordHashingProperties(@DefaultValue("10") int strength) {

    PasswordHashingProperties {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException("hichat.password.strength must be between 4 and 31, got " + strength);
        }
    }
}
