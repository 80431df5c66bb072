package io.hichat.identity.adapter.out.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt at the configured cost; a bean of its own so that a test can slow it down to fill the hashing queue. */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties properties) {
        return new BCryptPasswordEncoder(properties.strength());
    }
}
