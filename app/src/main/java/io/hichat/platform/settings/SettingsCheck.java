package io.hichat.platform.settings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Checks the settings before the application context is refreshed, so a wrong one stops the start before Flyway,
 * the connection pool or any bean has run. Registered in {@code META-INF/spring.factories}; every refusal is one
 * line of the {@link SettingsRefused} that {@link SettingsRefusedAnalyzer} reports.
 */
public class SettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PRODUCTION_PROFILE = "prod";
    static final int MIN_SECRET_BYTES = 32;
    private static final String TOKEN_SECRET = "hichat.token.secret";
    private static final String ANY_ORIGIN = "*";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> refusals = refusals(context.getEnvironment());
        if (!refusals.isEmpty()) {
            throw new SettingsRefused(refusals);
        }
    }

    static List<String> refusals(ConfigurableEnvironment environment) {
        Binder settings = Binder.get(environment);
        boolean production = environment.matchesProfiles(PRODUCTION_PROFILE);
        List<String> refusals = new ArrayList<>();

        String secret = settings.bind(TOKEN_SECRET, String.class).orElse(null);
        if (secret == null && production) {
            refusals.add(TOKEN_SECRET + " is not set: production needs a secret of its own (HICHAT_TOKEN_SECRET), "
                    + "the development default is known to everyone who reads the source");
        } else if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            refusals.add(TOKEN_SECRET + " must be at least " + MIN_SECRET_BYTES + " bytes (256 bits) long");
        }

        List<String> origins = settings.bind("hichat.cors.allowed-origins", Bindable.listOf(String.class))
                .orElse(List.of(ANY_ORIGIN));
        if (production && (origins.isEmpty() || origins.contains(ANY_ORIGIN))) {
            refusals.add("hichat.cors.allowed-origins must list the web clients' origins in production, not '*'");
        }

        requirePositive(settings, "hichat.http.read-timeout", "5s", refusals);
        requirePositive(settings, "hichat.token.revocations-poll-interval", "1s", refusals);
        requirePositive(settings, "hichat.events.resubmission-interval", "1m", refusals);
        DataSize maxBodySize = settings.bind("hichat.http.max-body-size", DataSize.class).orElse(DataSize.ofBytes(0));
        if (maxBodySize.toBytes() <= 0) {
            refusals.add("hichat.http.max-body-size must be a positive size, such as 16KB");
        }
        int additionalPort = settings.bind("hichat.server.additional-port", Integer.class).orElse(0);
        if (additionalPort < 0 || additionalPort > 65535) {
            refusals.add("hichat.server.additional-port must be 0 (off) or a port number, got " + additionalPort);
        }
        return refusals;
    }

    private static void requirePositive(Binder settings, String name, String example, List<String> refusals) {
        Duration duration = settings.bind(name, Duration.class).orElse(Duration.ZERO);
        if (duration.isNegative() || duration.isZero()) {
            refusals.add(name + " must be a positive duration, such as " + example);
        }
    }
}
