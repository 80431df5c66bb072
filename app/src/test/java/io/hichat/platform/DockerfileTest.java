package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The image definition, checked without a Docker engine (none runs where this project is built): its base images
 * are named by a real, fixed tag; the image runs as a user other than root; it starts the server as
 * bin/launch-server does, from the extracted jar where that script looks for it; and its health check asks the
 * liveness probe.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("..", "Dockerfile");
    /** Temurin's published tags: the Java feature release, jdk or jre, and the Ubuntu release. */
    private static final Pattern REAL_TAG = Pattern.compile("eclipse-temurin:17-(jdk|jre)-(noble|jammy)");

    private static List<String> instructions() throws IOException {
        return Files.readAllLines(DOCKERFILE).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @Test
    void everyBaseImageIsARealFixedTag() throws IOException {
        List<String> bases = instructions().stream().filter(line -> line.startsWith("FROM ")).toList();

        assertThat(bases).hasSize(2).allSatisfy(line -> assertThat(REAL_TAG.matcher(line.split("\\s+")[1]).matches())
                .as(line).isTrue());
    }

    @Test
    void theImageRunsAsAUserOtherThanRootAndStartsAsLaunchServerDoes() throws IOException {
        List<String> instructions = instructions();
        List<String> finalStage = instructions.subList(lastIndexOf(instructions, "FROM "), instructions.size());

        assertThat(finalStage).filteredOn(line -> line.startsWith("USER ")).singleElement()
                .satisfies(user -> assertThat(user.substring(5).strip()).isNotIn("root", "0"));
        assertThat(finalStage).last().isEqualTo("ENTRYPOINT [\"bin/launch-server\"]");
        assertThat(finalStage).contains("COPY bin/launch-server bin/", "COPY app/jvm.options app/");
        assertThat(String.join("\n", finalStage)).contains("app/target/server/");
        assertThat(Files.readString(Path.of("..", "bin", "launch-server"))).contains("LAYOUT=app/target/server");
    }

    @Test
    void theHealthCheckAsksTheLivenessProbeOnTheManagementPort() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);

        assertThat(dockerfile).contains("HEALTHCHECK").contains("http://127.0.0.1:8081/actuator/health/liveness");
    }

    private static int lastIndexOf(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + prefix + "line");
    }
}
