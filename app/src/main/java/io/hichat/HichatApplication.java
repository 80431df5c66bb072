package io.hichat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * HiChat's user and social API: one process, one module per bounded context ({@code identity},
 * {@code friendship}, {@code group}), wired together here.
 * <p>
 * Users authenticate by access token only, so Spring Boot's generated in-memory user is switched off.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class HichatApplication {

    public static void main(String[] args) {
        SpringApplication.run(HichatApplication.class, args);
    }
}
