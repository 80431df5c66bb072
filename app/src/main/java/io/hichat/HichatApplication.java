package io.hichat;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * HiChat's user and social API: one process, one module per bounded context ({@code identity},
 * {@code friendship}, {@code group}), wired together here.
 * <p>
 * Users authenticate by access token only, so Spring Boot's generated in-memory user is switched off. Scanned beans
 * are named by their class's full name: each context names its classes in its own words, and two contexts' adapters
 * of one shape (each context's {@code IdentityUserCards}) are two beans, not a clash.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class,
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
public class HichatApplication {

    public static void main(String[] args) {
        SpringApplication.run(HichatApplication.class, args);
    }

    /**
     * The server's clock decides every time the API reports; times sent by clients are ignored. Declared here, so
     * that module tests, which load one context at a time, have it too.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
