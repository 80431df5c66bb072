package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hichat.testing.ApiResponse;

/**
 * A description the server serves and the repository keeps a copy of under docs/. With
 * {@code -Dhichat.openapi.write=true} the copy is rewritten from what is served, for its diff to be reviewed.
 */
final class CheckedInDescription {

    private CheckedInDescription() {
    }

    /** The description answered, which must be a 200, is the copy kept as {@code docs/<file>}. */
    static void assertIsTheServedOne(String file, ApiResponse served) throws IOException {
        assertThat(served.status()).isEqualTo(200);
        Path copy = Path.of("..", "docs", file);
        if (Boolean.getBoolean("hichat.openapi.write")) {
            Files.writeString(copy, served.body(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(copy, StandardCharsets.UTF_8))
                .as("docs/" + file + " is out of date: run ./mvnw verify -Dhichat.openapi.write=true")
                .isEqualTo(served.body());
    }
}
