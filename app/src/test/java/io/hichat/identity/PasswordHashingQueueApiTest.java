package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Password hashing is bounded (contract §8.5): with one hashing thread and room for one more hash to wait, of six
 * logins at once the four that find both taken answer 503, code 100006, {@code Retry-After: 1}, while the two
 * before them are still held, and a profile read is answered meanwhile. The encoder here holds every hash until
 * the test lets them go; then the two held logins succeed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.password.parallelism=1", "hichat.password.queue-capacity=1", "hichat.password.max-wait=60s" })
@Import({ HttpApiTest.ApiConfiguration.class, PasswordHashingQueueApiTest.HeldEncoder.class })
@DirtiesContext
class PasswordHashingQueueApiTest {

    /** bcrypt at the lowest cost, each hash waiting for a permit while the test holds them back. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HeldEncoder {

        static final Semaphore PERMITS = new Semaphore(Integer.MAX_VALUE);

        @Bean
        @Primary
        PasswordEncoder heldEncoder() {
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence password) {
                    hold();
                    return bcrypt.encode(password);
                }

                @Override
                public boolean matches(CharSequence password, String hash) {
                    hold();
                    return bcrypt.matches(password, hash);
                }
            };
        }

        private static void hold() {
            PERMITS.acquireUninterruptibly();
            PERMITS.release();
        }
    }

    private static final int LOGINS = 6;
    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(LOGINS);

    @Autowired
    Api api;
    @Autowired
    MeterRegistry metrics;

    @Test
    void loginsPastTheQueueAreAnswered503AtOnceWhileTheHeldOnesWaitAndReadsGoOn() throws Exception {
        Account account = Accounts.register(api);
        String login = "{\"phone\":\"" + account.phone() + "\",\"password\":\"" + account.password() + "\"}";
        HeldEncoder.PERMITS.acquireUninterruptibly(Integer.MAX_VALUE);
        List<CompletableFuture<ApiResponse>> logins = new ArrayList<>();
        try {
            for (int i = 0; i < LOGINS; i++) {
                logins.add(CompletableFuture.supplyAsync(() -> api.post("/api/v1/user/login").json(login).send(),
                        CLIENTS));
            }
            await().until(() -> logins.stream().filter(CompletableFuture::isDone).count() == LOGINS - 2);

            List<ApiResponse> shed = logins.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join)
                    .toList();
            assertThat(shed).allSatisfy(answer -> {
                assertThat(answer.error(503, 100006)).contains("busy");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            });
            assertThat(metrics.counter("hichat.requests.refused", "reason", "busy").count())
                    .as("refusals counted as busy").isEqualTo(shed.size());
            assertThat(api.get("/api/v1/user/detail").bearer(account.token()).send().status()).isEqualTo(200);
            assertThat(logins.stream().filter(attempt -> !attempt.isDone())).as("the one hashing and the one waiting")
                    .hasSize(2);
        } finally {
            HeldEncoder.PERMITS.release(Integer.MAX_VALUE);
        }
        assertThat(logins.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 200))
                .hasSize(2);
    }
}
