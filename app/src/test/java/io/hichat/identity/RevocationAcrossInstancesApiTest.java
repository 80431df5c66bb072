package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import io.hichat.HichatApplication;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;

/**
 * Contract §8.3 across instances: a token logged out or superseded by a password change on one instance is refused
 * there at once and by a second instance on the same database within 5 s, with the default poll interval.
 */
@HttpApiTest
class RevocationAcrossInstancesApiTest {

    private static final String PROFILE = "/api/v1/user/detail";
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private static ConfigurableApplicationContext second;
    private static Api secondApi;

    @Autowired
    Api api;

    @BeforeAll
    static void startSecondInstance(@Autowired Environment environment) {
        second = new SpringApplicationBuilder(HichatApplication.class).run("--server.port=0",
                "--hichat.server.additional-port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--hichat.password.strength=4");
        secondApi = new Api(second.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    @AfterAll
    static void stopSecondInstance() {
        second.close();
    }

    @Test
    void aTokenLoggedOutOnOneInstanceIsRefusedByTheOtherWithinFiveSeconds() {
        Account account = Accounts.register(api);
        String otherDevice = Accounts.anotherToken(api, account);
        assertThat(secondApi.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(200);

        api.post("/api/v1/user/logout").bearer(account.token()).send();

        api.get(PROFILE).bearer(account.token()).send().error(401, 100003);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(secondApi.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(401));
        assertThat(secondApi.get(PROFILE).bearer(otherDevice).send().status()).isEqualTo(200);
    }

    @Test
    void tokensSupersededByAPasswordChangeOnOneInstanceAreRefusedByTheOtherWithinFiveSeconds() {
        Account account = Accounts.register(api);
        assertThat(api.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(200);

        String fresh = secondApi.put("/api/v1/user/password").bearer(account.token())
                .json("{\"old_password\":\"" + account.password() + "\",\"new_password\":\"a-new-password\"}")
                .send().data().get("token").stringValue();

        secondApi.get(PROFILE).bearer(account.token()).send().error(401, 100003);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(api.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(401));
        assertThat(api.get(PROFILE).bearer(fresh).send().status()).isEqualTo(200);
        assertThat(secondApi.get(PROFILE).bearer(fresh).send().status()).isEqualTo(200);
    }

    @Test
    void anInstanceStartedAfterARevocationRefusesTheTokenFromItsFirstRequest() {
        Account account = Accounts.register(api);
        api.post("/api/v1/user/logout").bearer(account.token()).send();
        String url = second.getEnvironment().getRequiredProperty("spring.datasource.url");

        try (ConfigurableApplicationContext third = new SpringApplicationBuilder(HichatApplication.class).run(
                "--server.port=0", "--hichat.server.additional-port=0", "--spring.datasource.url=" + url)) {
            Api thirdApi = new Api(third.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

            thirdApi.get(PROFILE).bearer(account.token()).send().error(401, 100003);
        }
    }
}
