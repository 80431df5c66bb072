package io.hichat.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server (target/hichat.jar) as a process of its own, on one of this run's databases, for the tests
 * that kill it ({@code *IT}, run by failsafe after the package phase). Its output goes to target/it-logs.
 */
public final class ServerProcess {

    private static final Path JAR = Path.of("target", "hichat.jar");
    private static final Path LOGS = Path.of("target", "it-logs");

    /** What a dead process left goes stale, is marked failed and is resubmitted: in seconds, not minutes. */
    public static final List<String> QUICK_RECOVERY = List.of("--spring.modulith.events.staleness.published=3s",
            "--spring.modulith.events.staleness.processing=3s", "--spring.modulith.events.staleness.resubmission=3s",
            "--spring.modulith.events.staleness.check-intervall=1s", "--hichat.events.resubmission-interval=1s");

    private final Process process;
    private final Api api;
    private final File log;

    private ServerProcess(Process process, Api api, File log) {
        this.process = process;
        this.api = api;
        this.log = log;
    }

    /** Starts the server and waits until it answers HTTP. */
    public static ServerProcess start(String name, String database, List<String> settings) throws IOException {
        assertThat(JAR).as("the packaged server; run this test through ./mvnw verify").exists();
        int port = FreePort.find();
        Files.createDirectories(LOGS);
        File log = LOGS.resolve(name + ".log").toFile();
        TestDatabase.Server server = TestDatabase.server();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar",
                JAR.toString(), "--spring.datasource.url=" + server.urlOf(database),
                "--spring.datasource.username=" + server.user(), "--spring.datasource.password=" + server.password(),
                "--server.port=" + port, "--hichat.server.additional-port=0",
                "--hichat.throttle.attempts-per-address=1000000", "--management.server.port=0"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        ServerProcess started = new ServerProcess(process, new Api(port), log);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> {
                    assertThat(process.isAlive()).as("the server exited; see " + log).isTrue();
                    return started.api.get("/api/v1/user/detail").send().status() == 401;
                });
        return started;
    }

    public Api api() {
        return api;
    }

    /** SIGKILL: no shutdown hook runs, nothing is finished or flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** What the server wrote so far, one line per entry. */
    public List<String> output() throws IOException {
        return Files.readAllLines(log.toPath());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String toString() {
        return "server logging to " + log;
    }
}
