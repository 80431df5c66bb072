package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import io.hichat.testing.Simultaneously;

/**
 * The two routes that refuse tokens before their expiry (contract §8.3), each with its rules and errors: POST
 * /api/v1/user/logout refuses the token it is called with from then on, and no other; PUT /api/v1/user/password checks
 * the old password, refuses every token issued before at once and answers a fresh one that is accepted, and a wrong
 * old password is 401 and changes nothing.
 */
@HttpApiTest
class RevocationApiTest {

    private static final String LOGOUT = "/api/v1/user/logout";
    private static final String PASSWORD = "/api/v1/user/password";
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
        api.put(PASSWORD).bearer(account.token())
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

    @Test
    void everyEarlierTokenIsRefusedAtOnceAndTheFreshOneIsAccepted() {
        Account account = Accounts.register(api);
        String secondDevice = Accounts.anotherToken(api, account);

        ApiResponse changed = change(account.token(), account.password(), "a-new-password");

        String fresh = changed.data().get("token").stringValue();
        assertThat(changed.data().get("expire").asLong()).isEqualTo(Jwt.claims(fresh).get("exp").asLong());
        assertThat(Jwt.claims(fresh).get("hichat2.com").stringValue()).isEqualTo(account.id());
        assertThat(Jwt.claims(fresh).get("jti").stringValue()).isNotBlank();
        for (String earlier : List.of(account.token(), secondDevice)) {
            assertThat(api.get(PROFILE).bearer(earlier).send().error(401, 100003))
                    .isEqualTo("the password was changed after the token was issued");
        }
        assertThat(api.get(PROFILE).bearer(fresh).send().status()).isEqualTo(200);
    }

    @Test
    void theNewPasswordLogsInAndTheOldOneNoLonger() {
        Account account = Accounts.register(api);

        change(account.token(), account.password(), "a-new-password");

        Accounts.logIn(api, account.phone(), account.password()).error(401, 100001);
        String token = Accounts.logIn(api, account.phone(), "a-new-password").data().get("token").stringValue();
        assertThat(api.get(PROFILE).bearer(token).send().status()).isEqualTo(200);
    }

    @Test
    void aWrongOldPasswordIs401AndChangesNothing() {
        Account account = Accounts.register(api);

        for (String wrong : List.of("not-the-password", "short", "x".repeat(200))) {
            assertThat(change(account.token(), wrong, "a-new-password").error(401, 100001))
                    .isEqualTo("old_password is not the account's password");
        }

        assertThat(api.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(200);
        assertThat(Accounts.logIn(api, account.phone(), account.password()).status()).isEqualTo(200);
        Accounts.logIn(api, account.phone(), "a-new-password").error(401, 100001);
    }

    static List<Arguments> invalidBodies() {
        return List.of(
                arguments("{\"new_password\":\"a-new-password\"}", "old_password is required"),
                arguments("{\"old_password\":\"\",\"new_password\":\"a-new-password\"}", "old_password is required"),
                arguments("{\"old_password\":\"dsafasf\"}", "new_password is required"),
                arguments("{\"old_password\":\"dsafasf\",\"new_password\":\"\"}", "new_password is required"),
                arguments("{\"old_password\":\"dsafasf\",\"new_password\":\"12345\"}",
                        "new_password must be 6 to 72 bytes long"),
                arguments("{\"old_password\":\"dsafasf\",\"new_password\":12345678}", "field 'new_password' must be"),
                arguments("{\"old_password\":[],\"new_password\":\"a-new-password\"}", "field 'old_password' must be"),
                arguments("{\"old_password\":\"dsafasf\",\"new_password\":\"a-new-password\",}",
                        "request body is not valid JSON"),
                arguments("[]", "request body must be a JSON object"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void anInvalidBodyIs400NamingTheFieldAndChangesNothing(String body, String message) {
        Account account = Accounts.register(api);

        ApiResponse refused = api.put(PASSWORD).bearer(account.token()).json(body).send();

        assertThat(refused.error(400, 100002)).startsWith(message);
        assertThat(api.get(PROFILE).bearer(account.token()).send().status()).isEqualTo(200);
        assertThat(Accounts.logIn(api, account.phone(), account.password()).status()).isEqualTo(200);
    }

    @Test
    void aNewPasswordOfMoreThan72BytesIsRefused() {
        Account account = Accounts.register(api);

        assertThat(change(account.token(), account.password(), "密".repeat(25)).error(400, 100002))
                .isEqualTo("new_password must be 6 to 72 bytes long");
        assertThat(change(account.token(), account.password(), "密".repeat(24)).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenOrWithARefusedOneItIs401() {
        Account account = Accounts.register(api);
        String body = "{\"old_password\":\"" + account.password() + "\",\"new_password\":\"a-new-password\"}";

        api.put(PASSWORD).json(body).send().error(401, 100003);
        change(account.token(), account.password(), "a-new-password");
        api.put(PASSWORD).bearer(account.token()).json(body).send().error(401, 100003);
    }

    @Test
    void ofTwentyIdenticalChangesAtOnceOneSucceedsAndTheOthersFindTheOldPasswordGone() throws Exception {
        Account account = Accounts.register(api);

        List<ApiResponse> answers = Simultaneously.repeat(20,
                () -> change(account.token(), account.password(), "a-new-password"));

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 200).allSatisfy(answer ->
                assertThat(answer.status()).as(answer.body()).isIn(401, 503));
        assertThat(jdbc.queryForObject("SELECT token_generation FROM identity.users WHERE id = ?", Integer.class,
                Long.parseLong(account.id()))).isEqualTo(1);
        String fresh = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow()
                .data().get("token").stringValue();
        assertThat(api.get(PROFILE).bearer(fresh).send().status()).isEqualTo(200);
        assertThat(Accounts.logIn(api, account.phone(), "a-new-password").status()).isEqualTo(200);
    }

    private ApiResponse change(String token, String oldPassword, String newPassword) {
        return api.put(PASSWORD).bearer(token)
                .json("{\"old_password\":\"" + oldPassword + "\",\"new_password\":\"" + newPassword + "\"}").send();
    }
}
