package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.hichat.HichatApplication;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.RawHttp;
import io.hichat.testing.TestDatabase;

/**
 * Graceful shutdown: a request in flight when the server is told to stop still gets its answer, while a new
 * connection is refused, and the server stops once that request is done. The request is held in flight by this
 * test holding the lock its write waits for (the pair lock of a friend request).
 */
class GracefulShutdownApiTest {

    private static final int FRIEND_PAIRS = 0x66726e64;

    @Test
    void aRequestInFlightCompletesWhileANewOneIsRefused() throws Exception {
        String database = TestDatabase.createScratchDatabase("hichat_shutdown");
        ConfigurableApplicationContext server = new SpringApplicationBuilder(HichatApplication.class).run(
                "--server.port=0", "--hichat.server.additional-port=0", "--management.server.port=-1",
                "--spring.datasource.url=" + TestDatabase.server().urlOf(database), "--hichat.password.strength=4");
        int port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Api api = new Api(port);
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
        long low = Math.min(Long.parseLong(alice.id()), Long.parseLong(bob.id()));
        long high = Math.max(Long.parseLong(alice.id()), Long.parseLong(bob.id()));

        CompletableFuture<ApiResponse> inFlight;
        CompletableFuture<Void> stopped;
        try (Connection holder = TestDatabase.server().connectTo(database)) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(%d, %d)".formatted(FRIEND_PAIRS,
                        31 * Long.hashCode(low) + Long.hashCode(high)));
            }
            inFlight = CompletableFuture.supplyAsync(() -> api.post("/v1/social/friend/putIn").bearer(alice.token())
                    .json("{\"user_uid\":\"" + bob.id() + "\",\"req_msg\":\"hi\"}").send());
            await().atMost(Duration.ofSeconds(5)).until(() -> TestDatabase.server().count(database,
                    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 1);

            stopped = CompletableFuture.runAsync(server::close);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatThrownBy(() -> RawHttp.exchange(port,
                    RawHttp.request("GET", "/api/v1/user/detail", Map.of(), new byte[0])))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class));
            assertThat(inFlight).isNotDone();
            assertThat(stopped).isNotDone();
            holder.rollback();
        }

        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        stopped.get(10, TimeUnit.SECONDS);
        assertThat(server.isActive()).isFalse();
    }
}
