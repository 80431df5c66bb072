package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * The management port (issue: operability): health with liveness and readiness, readiness down while the database
 * is, Prometheus metrics by route template, build info, the module structure; none of it on the API port. On a
 * database of its own, which the outage touches alone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "management.server.port=0", "spring.datasource.hikari.connection-timeout=500",
        "hichat.throttle.failed-logins-per-phone=1" })
@DirtiesContext
class ManagementApiTest {

    private static final String DATABASE = TestDatabase.createScratchDatabase("hichat_management");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> TestDatabase.server().urlOf(DATABASE));
    }

    @Autowired
    Environment environment;

    private Api api() {
        return new Api(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    private Api management() {
        return new Api(environment.getRequiredProperty("local.management.port", Integer.class));
    }

    private ApiResponse readiness() {
        return management().get("/actuator/health/readiness").send();
    }

    @Test
    void livenessAndReadinessAreUpAndReadinessGoesDownWhileTheDatabaseIsAndUpWhenItIsBack() {
        assertThat(management().get("/actuator/health/liveness").send().body()).contains("\"status\":\"UP\"");
        assertThat(readiness().status()).isEqualTo(200);

        TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        TestDatabase.server().execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> readiness().status() == 503);
            assertThat(readiness().body()).contains("\"status\":\"DOWN\"");
            assertThat(management().get("/actuator/health/liveness").send().status()).isEqualTo(200);
        } finally {
            TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness().status() == 200);
    }

    @Test
    void prometheusCountsRequestsByRouteTemplateAndTheRefusals() {
        Account account = Accounts.register(api());
        api().get("/api/v1/user/detail").bearer(account.token()).send();
        api().get("/v1/social/nothing/here/12345").bearer(account.token()).send();
        Accounts.logIn(api(), account.phone(), "wrong-one");
        assertThat(Accounts.logIn(api(), account.phone(), "wrong-one").status()).isEqualTo(429);

        String metrics = management().get("/actuator/prometheus").send().body();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/user/detail\"");
        assertThat(metrics).doesNotContain("/v1/social/nothing/here/12345");
        assertThat(metrics).containsPattern("hichat_requests_refused_total\\{[^}]*reason=\"throttled\"[^}]*} [1-9]");
        assertThat(metrics).contains("hichat_events_publications_incomplete");
        assertThat(metrics).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");
    }

    @Test
    void infoShowsTheBuildAndItsCommitAndTheModulesAreDescribed() {
        JsonNode info = management().get("/actuator/info").send().json();
        assertThat(info.get("build").get("version").asString()).isNotBlank();
        if (Files.isDirectory(Path.of("..", ".git"))) {
            assertThat(info.at("/git/commit/id").asString()).matches("[0-9a-f]{7,}");
        }
        assertThat(management().get("/actuator/modulith").send().body()).contains("friendship").contains("group");
    }

    @Test
    void theManagementEndpointsAreNotOnTheApiPort() {
        for (String path : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator" }) {
            assertThat(api().get(path).send().status()).as(path).isEqualTo(404);
        }
    }
}
