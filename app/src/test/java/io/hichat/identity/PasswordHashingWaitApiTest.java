package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import io.hichat.identity.PasswordHashingQueueApiTest.HeldEncoder;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;

/**
 * The wait for a hash is bounded too (contract §8.5): while hashes cannot run, a login answers 503, code 100006,
 * once it has waited {@code hichat.password.max-wait}, rather than keep its client waiting; once they can, logins
 * succeed again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.password.max-wait=300ms" })
@Import({ HttpApiTest.ApiConfiguration.class, HeldEncoder.class })
@DirtiesContext
class PasswordHashingWaitApiTest {

    @Autowired
    Api api;

    @Test
    void aLoginWhoseHashCannotRunInTimeIsAnswered503AndTheNextOneSucceeds() {
        Account account = Accounts.register(api);
        String login = "{\"phone\":\"" + account.phone() + "\",\"password\":\"" + account.password() + "\"}";
        HeldEncoder.PERMITS.acquireUninterruptibly(Integer.MAX_VALUE);
        ApiResponse shed;
        try {
            shed = api.post("/api/v1/user/login").json(login).send();
        } finally {
            HeldEncoder.PERMITS.release(Integer.MAX_VALUE);
        }

        assertThat(shed.error(503, 100006)).contains("busy");
        assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(api.post("/api/v1/user/login").json(login).send().status()).isEqualTo(200);
    }
}
