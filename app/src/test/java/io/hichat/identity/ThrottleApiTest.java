package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import io.hichat.HichatApplication;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;

/**
 * The attempt limits of contract §8.4, at their defaults for failed logins (10 per phone per 15 minutes) and low
 * ones for searches: past a limit 429, code 100005, {@code Retry-After}; the same answer whether the phone has an
 * account; a successful login forgets its phone's failures; and a second instance on the same database counts
 * toward the same limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.throttle.failed-logins-per-phone=10", "hichat.throttle.searches-per-user=5",
        "hichat.password.strength=4" })
@Import(HttpApiTest.ApiConfiguration.class)
class ThrottleApiTest {

    @Autowired
    Api api;
    @Autowired
    Environment environment;

    @Test
    void theEleventhFailedLoginForAPhoneIsRefused429WithRetryAfter() {
        Account account = Accounts.register(api);

        for (int i = 0; i < 10; i++) {
            Accounts.logIn(api, account.phone(), "wrong-password").error(401, 100001);
        }
        ApiResponse throttled = Accounts.logIn(api, account.phone(), account.password());

        assertThat(throttled.error(429, 100005)).isEqualTo("too many attempts; try again later");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 15L * 60);
    }

    @Test
    void anUnknownPhoneIsThrottledTheSameWay() {
        String phone = Accounts.uniquePhone();
        Account other = Accounts.register(api);
        for (int i = 0; i < 10; i++) {
            Accounts.logIn(api, phone, "wrong-password").error(401, 100001);
            Accounts.logIn(api, other.phone(), "wrong-password").error(401, 100001);
        }

        ApiResponse unknown = Accounts.logIn(api, phone, "wrong-password");
        ApiResponse known = Accounts.logIn(api, other.phone(), "wrong-password");

        assertThat(unknown.error(429, 100005)).isEqualTo(known.error(429, 100005));
        assertThat(unknown.body()).isEqualTo(known.body());
    }

    @Test
    void aSuccessfulLoginForgetsThePhonesFailures() {
        Account account = Accounts.register(api);
        for (int i = 0; i < 9; i++) {
            Accounts.logIn(api, account.phone(), "wrong-password").error(401, 100001);
        }

        assertThat(Accounts.logIn(api, account.phone(), account.password()).status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            Accounts.logIn(api, account.phone(), "wrong-password").error(401, 100001);
        }
        Accounts.logIn(api, account.phone(), "wrong-password").error(429, 100005);
    }

    @Test
    void searchesPerUserAreLimited() {
        Account searcher = Accounts.register(api);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/user/search?phone=" + Accounts.uniquePhone()).bearer(searcher.token()).send()
                    .status()).isEqualTo(200);
        }

        api.get("/api/v1/user/search?phone=" + Accounts.uniquePhone()).bearer(searcher.token()).send()
                .error(429, 100005);
        assertThat(api.get("/api/v1/user/search?phone=" + Accounts.uniquePhone())
                .bearer(Accounts.register(api).token()).send().status()).isEqualTo(200);
    }

    @Test
    void failedLoginsOnTwoInstancesCountTowardOneLimit() {
        Account account = Accounts.register(api);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(HichatApplication.class).run(
                "--server.port=0", "--hichat.server.additional-port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--hichat.throttle.failed-logins-per-phone=10", "--hichat.password.strength=4")) {
            Api secondApi = new Api(second.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            List<Api> instances = List.of(api, secondApi);

            for (int i = 0; i < 10; i++) {
                Accounts.logIn(instances.get(i % 2), account.phone(), "wrong-password").error(401, 100001);
            }

            Accounts.logIn(secondApi, account.phone(), account.password()).error(429, 100005);
            Accounts.logIn(api, account.phone(), account.password()).error(429, 100005);
        }
    }
}
