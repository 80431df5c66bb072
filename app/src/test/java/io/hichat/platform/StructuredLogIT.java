package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.ServerProcess;
import io.hichat.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} the packaged server writes one JSON document per log line, and
 * a request's lines carry its request id (the one in its X-Request-Id header and error body) and its user's id. A
 * process of its own: the logging setup is the JVM's, which the other tests share.
 */
class StructuredLogIT {

    private final String database = TestDatabase.createScratchDatabase("hichat_logs");
    private ServerProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        TestDatabase.server().execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void aFailedRequestIsLoggedAsOneJsonLineWithItsRequestAndUserIds() throws Exception {
        server = ServerProcess.start("structured-log", database, List.of("--logging.structured.format.console=ecs"));
        Account account = Accounts.register(server.api());
        assertThat(server.api().get("/api/v1/user/detail").bearer(account.token()).send().status()).isEqualTo(200);

        TestDatabase.server().execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        TestDatabase.server().execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        ApiResponse failed = server.api().get("/api/v1/user/detail").bearer(account.token()).send();
        assertThat(failed.status()).isEqualTo(503);
        String requestId = failed.headers().firstValue("X-Request-Id").orElseThrow();

        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = server.output().stream().filter(line -> line.contains(requestId)).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            JsonNode entry = json.readTree(line);
            assertThat(entry.get("requestId").asString()).isEqualTo(requestId);
            assertThat(entry.get("userId").asString()).isEqualTo(account.id());
            assertThat(entry.get("log").get("level").asString()).isNotBlank();
            assertThat(entry.get("message").asString()).isNotBlank();
        });
        assertThat(server.output()).filteredOn(line -> line.startsWith("{")).hasSizeGreaterThan(5);
    }
}
