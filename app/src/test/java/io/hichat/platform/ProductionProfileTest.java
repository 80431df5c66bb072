package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.hichat.HichatApplication;
import io.hichat.platform.settings.SettingsRefused;
import io.hichat.testing.HeldBackOutput;
import io.hichat.testing.TestDatabase;

/**
 * The prod profile refuses to start with the development defaults a reader of the source could exploit, and says
 * so before anything touches the database: one line per wrong setting, no stack trace, an empty database left
 * empty.
 */
@ExtendWith({ HeldBackOutput.class, OutputCaptureExtension.class })
class ProductionProfileTest {

    private static final String OWN_SECRET = "--hichat.token.secret=a-production-secret-of-at-least-32-bytes!";
    private static final String OWN_ORIGINS = "--hichat.cors.allowed-origins=https://chat.example.com";
    private static final String EMPTY_DATABASE = TestDatabase.createScratchDatabase("hichat_refused");

    @Test
    void theDevelopmentTokenSecretIsRefusedBeforeTheDatabaseIsTouched(CapturedOutput output) {
        assertThatThrownBy(() -> startOn(EMPTY_DATABASE, OWN_ORIGINS)).isInstanceOf(SettingsRefused.class);

        assertThat(reasonsIn(output)).containsExactly("hichat.token.secret is not set: production needs a secret of "
                + "its own (HICHAT_TOKEN_SECRET), the development default is known to everyone who reads the source");
        assertThatTheDatabaseIsStillEmpty();
    }

    @Test
    void corsForAnyOriginIsRefusedBeforeTheDatabaseIsTouched(CapturedOutput output) {
        assertThatThrownBy(() -> startOn(EMPTY_DATABASE, OWN_SECRET)).isInstanceOf(SettingsRefused.class);

        assertThat(reasonsIn(output)).containsExactly(
                "hichat.cors.allowed-origins must list the web clients' origins in production, not '*'");
        assertThatTheDatabaseIsStillEmpty();
    }

    @Test
    void everyWrongSettingIsOneLineOfOneReportWithoutAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> startOn(EMPTY_DATABASE, "--hichat.token.secret=too-short",
                "--hichat.http.read-timeout=0s", "--hichat.token.revocations-poll-interval=-1s"))
                .isInstanceOf(SettingsRefused.class);

        assertThat(reasonsIn(output)).containsExactly(
                "hichat.token.secret must be at least 32 bytes (256 bits) long",
                "hichat.cors.allowed-origins must list the web clients' origins in production, not '*'",
                "hichat.http.read-timeout must be a positive duration, such as 5s",
                "hichat.token.revocations-poll-interval must be a positive duration, such as 1s");
        assertThat(output.getAll()).doesNotContain("\tat ");
        assertThatTheDatabaseIsStillEmpty();
    }

    @Test
    void itStartsWithItsOwnSecretAndOrigins() {
        startOn(null, OWN_SECRET, OWN_ORIGINS).close();
    }

    /** Starts the server in the prod profile, on the given database or else on the run's. */
    private static ConfigurableApplicationContext startOn(String database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod", "--server.port=0",
                "--hichat.server.additional-port=0"));
        if (database != null) {
            arguments.add("--spring.datasource.url=" + TestDatabase.server().urlOf(database));
        }
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(HichatApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The lines of the failure report's description: one per refused setting. */
    private static List<String> reasonsIn(CapturedOutput output) {
        String all = output.getAll();
        int description = all.lastIndexOf("Description:");
        int action = all.indexOf("Action:", description);
        assertThat(description).as("a failure report in the output").isNotNegative();
        return Arrays.stream(all.substring(description + "Description:".length(), action).split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static void assertThatTheDatabaseIsStillEmpty() {
        assertThat(TestDatabase.server().count(EMPTY_DATABASE, "SELECT nspname FROM pg_namespace WHERE nspname "
                + "NOT LIKE 'pg\\_%' AND nspname NOT IN ('public', 'information_schema')")).isZero();
        assertThat(TestDatabase.server().count(EMPTY_DATABASE, "SELECT tablename FROM pg_tables WHERE schemaname "
                + "NOT IN ('pg_catalog', 'information_schema')")).isZero();
    }
}
