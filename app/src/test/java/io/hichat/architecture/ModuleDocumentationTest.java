package io.hichat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams and canvases into {@code docs/modules}, which {@code docs/architecture.md} includes,
 * from the code itself, so they cannot drift from it.
 */
class ModuleDocumentationTest {

    private static final Path OUTPUT = Path.of("..", "docs", "modules");

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(ModularityTests.MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();

        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(file -> file.getFileName().toString())).contains("components.puml",
                    "module-identity.puml", "module-friendship.puml", "module-group.puml",
                    "module-identity.adoc", "module-friendship.adoc", "module-group.adoc");
        }
    }
}
