package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.hichat.HichatApplication;

/** The prod profile refuses to start with the development defaults a reader of the source could exploit. */
class ProductionProfileTest {

    private static final String OWN_SECRET = "--hichat.token.secret=a-production-secret-of-at-least-32-bytes!";
    private static final String OWN_ORIGINS = "--hichat.cors.allowed-origins=https://chat.example.com";

    @Test
    void theDevelopmentTokenSecretIsRefused() {
        assertThatThrownBy(() -> start(OWN_ORIGINS))
                .hasStackTraceContaining("hichat.token.secret is the development default");
    }

    @Test
    void corsForAnyOriginIsRefused() {
        assertThatThrownBy(() -> start(OWN_SECRET))
                .hasStackTraceContaining("hichat.cors.allowed-origins must list the web clients' origins");
    }

    @Test
    void aShortSecretIsRefusedInAnyProfile() {
        assertThatThrownBy(() -> start("--hichat.token.secret=too-short", OWN_ORIGINS))
                .hasStackTraceContaining("at least 32 bytes");
    }

    @Test
    void itStartsWithItsOwnSecretAndOrigins() {
        start(OWN_SECRET, OWN_ORIGINS).close();
    }

    private static ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod", "--server.port=0",
                "--hichat.server.additional-port=0"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(HichatApplication.class).run(arguments.toArray(String[]::new));
    }
}
