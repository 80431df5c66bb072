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
 * Holds the module diagrams and canvases in {@code docs/modules}, which {@code docs/architecture.md} includes, to
 * what the code generates: the test fails when they differ. With {@code -Dhichat.docs.write=true} the checked-in
 * copies are rewritten, for their diff to be reviewed.
 */
class ModuleDocumentationTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "modules");
    private static final Path GENERATED = Path.of("target", "generated-docs", "modules");

    @Test
    void theCheckedInModuleDocumentationIsWhatTheCodeGenerates() throws IOException {
        new Documenter(ModularityTests.MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();
        List<Path> generated;
        try (Stream<Path> files = Files.list(GENERATED)) {
            generated = files.sorted().toList();
        }
        List<String> expected = new ArrayList<>(List.of("components.puml"));
        ModularityTests.MODULES.forEach(module -> expected.addAll(List.of(
                "module-" + module.getIdentifier() + ".puml", "module-" + module.getIdentifier() + ".adoc")));
        assertThat(generated).map(file -> file.getFileName().toString()).containsAll(expected);

        boolean write = Boolean.getBoolean("hichat.docs.write");
        for (Path file : generated) {
            String normalised = normalised(file);
            Path copy = CHECKED_IN.resolve(file.getFileName());
            if (write) {
                Files.writeString(copy, normalised, StandardCharsets.UTF_8);
            }
            assertThat(Files.exists(copy) ? Files.readString(copy, StandardCharsets.UTF_8) : "")
                    .as("docs/modules/" + file.getFileName() + " is out of date: run "
                            + "./mvnw verify -Dhichat.docs.write=true")
                    .isEqualTo(normalised);
        }
    }

    /**
     * The Documenter lists a diagram's relations, and the methods that create an event, in no fixed order; sorted,
     * an unchanged architecture generates the same text on every run.
     */
    private static String normalised(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> result = file.toString().endsWith(".puml") ? sortedInPlace(lines)
                : sortedRuns(lines);
        return String.join("\n", result) + "\n";
    }

    /** A diagram's lines with its relations, wherever they stand, in order. */
    private static List<String> sortedInPlace(List<String> lines) {
        Iterator<String> relations = lines.stream().filter(ModuleDocumentationTest::isRelation).sorted().iterator();
        return lines.stream().map(line -> isRelation(line) ? relations.next() : line).toList();
    }

    private static boolean isRelation(String line) {
        return line.startsWith("Rel(");
    }

    /** A canvas's lines with each list of creators ("** " items under an event) in order. */
    private static List<String> sortedRuns(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("** ")) {
                run.add(line);
                continue;
            }
            result.addAll(run.stream().sorted().toList());
            run.clear();
            result.add(line);
        }
        result.addAll(run.stream().sorted().toList());
        return result;
    }
}
