package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.TestDatabase;

/**
 * A server whose database stops accepting connections answers 503 with code 100004, and recovers when the database
 * is back. It runs on a database of its own so the outage touches no other test; the server is closed after the
 * class, and the database dropped at the end of the run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "hichat.server.additional-port=0", "spring.datasource.hikari.connection-timeout=500" })
@DirtiesContext
class DatabaseOutageApiTest {

    private static final String DATABASE = TestDatabase.createScratchDatabase("hichat_outage");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> TestDatabase.server().urlOf(DATABASE));
    }

    @LocalServerPort
    int port;

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndWorkAgainAfter() {
        Api api = new Api(port);
        Account account = Accounts.register(api);
        String login = "{\"phone\":\"" + account.phone() + "\",\"password\":\"" + account.password() + "\"}";

        stopAcceptingConnections();
        try {
            assertThat(api.post("/api/v1/user/login").json(login).send().error(503, 100004))
                    .contains("database is unavailable");
            api.get("/api/v1/user/detail").bearer(account.token()).send().error(503, 100004);
            api.post("/api/v1/user/register").json(Accounts.aRegistration().json()).send().error(503, 100004);
        } finally {
            TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.post("/api/v1/user/login").json(login).send().status() == 200);
    }

    private static void stopAcceptingConnections() {
        TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        TestDatabase.server().execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
    }
}
