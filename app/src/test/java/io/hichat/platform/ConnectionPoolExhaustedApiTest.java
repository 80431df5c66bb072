package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;

/**
 * Contract §3: while the database answers but every connection of the pool stays taken past the pool's wait, the
 * server is busy, not cut off: 503 with code 100006 and {@code Retry-After}, never the 100004 of a database that
 * does not answer. A pool of its own, of two connections, which the test takes and holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=300" })
@DirtiesContext
class ConnectionPoolExhaustedApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource pool;

    @Test
    void everyConnectionTakenPastThePoolsWaitAnswers503BusyWithRetryAfterAndNothingIsLost() throws Exception {
        Api api = new Api(port);
        Account account = Accounts.register(api);

        List<Connection> held = new ArrayList<>();
        try {
            held.add(pool.getConnection());
            held.add(pool.getConnection());

            ApiResponse profile = api.get("/api/v1/user/detail").bearer(account.token()).send();
            assertThat(profile.error(503, 100006)).contains("busy");
            assertThat(profile.headers().firstValue("Retry-After").orElse(null)).isEqualTo("1");
            ApiResponse registration = api.post("/api/v1/user/register").json(Accounts.aRegistration().json()).send();
            registration.error(503, 100006);
            ApiResponse group = api.post("/v1/social/group").bearer(account.token()).json("{\"name\":\"群\"}").send();
            group.error(503, 100006);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertThat(api.get("/api/v1/user/detail").bearer(account.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/social/groups").bearer(account.token()).send().json().get("list"))
                .as("the group refused while busy was not made").isEmpty();
    }
}
