package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HeldBackOutput;
import io.hichat.testing.TestDatabase;

/**
 * A server whose database stops accepting connections, or drops them in the middle of transactions, answers 503
 * with code 100004, logs each such request once in one line, and works again as soon as the database is back. It
 * runs on a database of its own so the outage touches no other test; the server is closed after the class, and the
 * database dropped at the end of the run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "hichat.server.additional-port=0", "spring.datasource.hikari.connection-timeout=500" })
@DirtiesContext
@ExtendWith({ HeldBackOutput.class, OutputCaptureExtension.class })
class DatabaseOutageApiTest {

    private static final String DATABASE = TestDatabase.createScratchDatabase("hichat_outage");
    private static final Duration RECOVERY = Duration.ofSeconds(2);
    private static final int CLIENTS = 6;

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
        String login = loginBody(account);

        stopAcceptingConnections();
        try {
            assertThat(api.post("/api/v1/user/login").json(login).send().error(503, 100004))
                    .contains("database is unavailable");
            api.get("/api/v1/user/detail").bearer(account.token()).send().error(503, 100004);
            api.post("/api/v1/user/register").json(Accounts.aRegistration().json()).send().error(503, 100004);
        } finally {
            TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        }

        await().atMost(RECOVERY).until(() -> api.post("/api/v1/user/login").json(login).send().status() == 200);
    }

    @Test
    void connectionsCutInTheMiddleOfTransactionsAnswerOnly503AndAreLoggedOnceInOneLine(CapturedOutput log)
            throws Exception {
        Api api = new Api(port);
        List<Account> accounts = List.of(Accounts.register(api), Accounts.register(api), Accounts.register(api));
        List<Function<Account, ApiResponse>> calls = List.of(
                account -> api.post("/api/v1/user/login").json(loginBody(account)).send(),
                account -> api.get("/api/v1/user/detail").bearer(account.token()).send(),
                account -> api.post("/api/v1/user/register").json(Accounts.aRegistration().json()).send(),
                account -> api.post("/v1/social/friend/putIn").bearer(account.token())
                        .json("{\"user_uid\":\"" + someoneElse(accounts, account).id() + "\"}").send(),
                account -> api.post("/v1/social/group").bearer(account.token()).json("{\"name\":\"群\"}").send(),
                account -> api.get("/v1/social/friends").bearer(account.token()).send());
        ConcurrentLinkedQueue<ApiResponse> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean cutting = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (cutting.get()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    answers.add(calls.get(random.nextInt(calls.size())).apply(accounts.get(random.nextInt(3))));
                }
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            TestDatabase.server().execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 250));
        }
        cutting.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(answers).extracting(ApiResponse::status).contains(200, 503)
                .allMatch(status -> status == 200 || status == 503);
        List<ApiResponse> unavailable = answers.stream().filter(answer -> answer.status() == 503).toList();
        unavailable.forEach(answer -> answer.error(503, 100004));
        assertThat(log.getOut().lines().filter(line -> line.contains("Database unavailable during")))
                .hasSize(unavailable.size());
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Unexpected failure");

        await().atMost(RECOVERY).until(() -> calls.get(1).apply(accounts.get(0)).status() == 200);
    }

    private static Account someoneElse(List<Account> accounts, Account account) {
        return accounts.stream().filter(other -> other != account).findFirst().orElseThrow();
    }

    private static String loginBody(Account account) {
        return "{\"phone\":\"" + account.phone() + "\",\"password\":\"" + account.password() + "\"}";
    }

    private static void stopAcceptingConnections() {
        TestDatabase.server().execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        TestDatabase.server().execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
    }
}
