package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import io.hichat.testing.Simultaneously;

/** POST /api/v1/user/logout (contract §8.3): the token it is called with is refused from then on, and no other. */
@HttpApiTest
class LogoutApiTest {

    private static final String LOGOUT = "/api/v1/user/logout";
    private static final String PROFILE = "/api/v1/user/detail";

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoggedOutTokenIsRefusedAndTheUsersOtherTokensStillWork() {
        Account account = Accounts.register(api);
        String otherDevice = Accounts.anotherToken(api, account);

        ApiResponse loggedOut = api.post(LOGOUT).bearer(account.token()).send();

        assertThat(loggedOut.status()).isEqualTo(200);
        assertThat(loggedOut.body()).isEqualTo("{\"code\":200,\"msg\":\"\",\"data\":{}}");
        assertThat(api.get(PROFILE).bearer(account.token()).send().error(401, 100003))
                .isEqualTo("the token was logged out");
        assertThat(api.get("/v1/social/friends").bearer(account.token()).send().status()).isEqualTo(401);
        assertThat(api.get(PROFILE).bearer(otherDevice).send().status()).isEqualTo(200);
        assertThat(api.get(PROFILE).bearer(Accounts.anotherToken(api, account)).send().status())
                .isEqualTo(200);
    }

    @Test
    void aLoggedOutTokenCannotLogOutAgainNorChangeThePassword() {
        Account account = Accounts.register(api);
        api.post(LOGOUT).bearer(account.token()).send();

        api.post(LOGOUT).bearer(account.token()).send().error(401, 100003);
        api.put("/api/v1/user/password").bearer(account.token())
                .json("{\"old_password\":\"" + account.password() + "\",\"new_password\":\"a-new-password\"}")
                .send().error(401, 100003);
        assertThat(Accounts.logIn(api, account.phone(), account.password()).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenLogoutIs401() {
        api.post(LOGOUT).send().error(401, 100003);
        api.post(LOGOUT).bearer("not-a-token").send().error(401, 100003);
    }

    @Test
    void aBodySentWithLogoutIsIgnoredUnlessItIsNotJson() {
        Account account = Accounts.register(api);

        assertThat(api.post(LOGOUT).bearer(account.token()).json("{\"anything\":1}").send().status())
                .isEqualTo(200);
    }

    @Test
    void ofTwentyLogoutsWithOneTokenAtOnceOneSucceedsAndTheOthersFindItLoggedOut() throws Exception {
        Account account = Accounts.register(api);
        String otherDevice = Accounts.anotherToken(api, account);

        List<ApiResponse> answers = Simultaneously.repeat(20, () -> api.post(LOGOUT).bearer(account.token()).send());

        assertThat(Simultaneously.statuses(answers)).containsOnly(200, 401).containsOnlyOnce(200);
        assertThat(answers).filteredOn(answer -> answer.status() == 401)
                .allSatisfy(answer -> assertThat(answer.error(401, 100003)).isEqualTo("the token was logged out"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.token_revocations WHERE token_id = ?",
                Integer.class, Jwt.claims(account.token()).get("jti").stringValue())).isEqualTo(1);
        assertThat(api.get(PROFILE).bearer(otherDevice).send().status()).isEqualTo(200);
    }

    @Test
    void aRevocationIsKeptUntilTheTokenExpiresAndNoLonger() {
        Account account = Accounts.register(api);

        api.post(LOGOUT).bearer(account.token()).send();

        assertThat(jdbc.queryForObject("SELECT extract(epoch FROM expires_at)::bigint FROM identity.token_revocations"
                + " WHERE token_id = ?", Long.class, Jwt.claims(account.token()).get("jti").stringValue()))
                .isEqualTo(Jwt.claims(account.token()).get("exp").asLong());
    }
}
