package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A description the server serves and the repository keeps a copy of under docs/. With
 * {@code -Dhichat.openapi.write=true} the copy is rewritten from what is served, for its diff to be reviewed.
 */
final class CheckedInDescription {

    private CheckedInDescription() {
    }

    static void assertIsTheServedOne(String file, String served) throws IOException {
        Path copy = Path.of("..", "docs", file);
        if (Boolean.getBoolean("hichat.openapi.write")) {
            Files.writeString(copy, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(copy, StandardCharsets.UTF_8))
                .as("docs/" + file + " is out of date: run ./mvnw verify -Dhichat.openapi.write=true")
                .isEqualTo(served);
    }
}
