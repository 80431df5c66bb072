package io.hichat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        try (Stream<Path> diagrams = Files.list(OUTPUT)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }

        List<String> expected = new ArrayList<>(List.of("components.puml"));
        ModularityTests.MODULES.forEach(module -> expected.addAll(List.of(
                "module-" + module.getIdentifier() + ".puml", "module-" + module.getIdentifier() + ".adoc")));
        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsAll(expected);
        }
    }

    /**
     * The Documenter lists a diagram's relations in no fixed order; sorted, an unchanged architecture leaves the
     * checked-in diagrams unchanged.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.startsWith("Rel(") ? sorted.next() : line);
        }
        Files.write(diagram, result, StandardCharsets.UTF_8);
    }
}
