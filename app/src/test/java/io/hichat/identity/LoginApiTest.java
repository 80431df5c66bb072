package io.hichat.identity;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import tools.jackson.databind.JsonNode;

@HttpApiTest
class LoginApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private ApiResponse logIn(String path, String body) {
        return api.post(path).json(body).send();
    }

    private static String credentials(String phone, String password) {
        return "{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void theDocumentsV2BodyLogsInAtTheV2PathIgnoringItsExtraFields() {
        Account account = Accounts.register(api);
        String v2Body = """
                {
                  "phone": "%s",
                  "password": "%s",
                  "nickname": "17585710992",
                  "sex": 1,
                  "avatar": "http://hichat2.com/user/avatar/101.png"
                }""".formatted(account.phone(), account.password());

        JsonNode data = logIn("/api/v2/user/login", v2Body).data();

        assertThat(data.propertyNames()).containsExactlyInAnyOrder("token", "expire");
        assertThat(Jwt.claims(data.get("token").stringValue()).get("exp").asLong())
                .isEqualTo(data.get("expire").asLong());
        JsonNode info = api.get("/api/v1/user/detail").bearer(data.get("token").stringValue()).send().data()
                .get("info");
        assertThat(info.get("nickname").stringValue()).as("login changes no profile field").isEqualTo("范丞丞");
        assertThat(info.get("sex").asInt()).isZero();
    }

    @Test
    void theCanonicalPathLogsInAndTheTokenNamesTheSameUser() {
        Account account = Accounts.register(api);

        String token = logIn("/api/v1/user/login", credentials(account.phone(), account.password())).data()
                .get("token").stringValue();

        assertThat(Jwt.claims(token).get("hichat2.com").stringValue())
                .isEqualTo(Jwt.claims(account.token()).get("hichat2.com").stringValue());
    }

    @Test
    void loggingInRecordsTheLastLoginTime() {
        Account account = Accounts.register(api);
        OffsetDateTime before = lastLogin(account.phone());

        logIn("/api/v1/user/login", credentials(account.phone(), account.password())).data();

        assertThat(lastLogin(account.phone())).isAfter(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownPhoneAnswerAlike() {
        Account account = Accounts.register(api);

        ApiResponse wrongPassword = logIn("/api/v1/user/login", credentials(account.phone(), "wrong-password"));
        ApiResponse unknownPhone = logIn("/api/v1/user/login", credentials(Accounts.uniquePhone(), "wrong-password"));

        assertThat(wrongPassword.error(401, 100001)).isEqualTo("wrong phone or password");
        assertThat(unknownPhone.error(401, 100001)).isEqualTo("wrong phone or password");
        assertThat(unknownPhone.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aFailedLoginChangesNothing() {
        Account account = Accounts.register(api);
        OffsetDateTime before = lastLogin(account.phone());

        logIn("/api/v1/user/login", credentials(account.phone(), "wrong-password")).error(401, 100001);

        assertThat(lastLogin(account.phone())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = { "short", "200 bytes", "malformed phone", "registered phone, short password" })
    void credentialsThatCannotBeRightAnswerAsAWrongPasswordDoes(String which) {
        Account account = Accounts.register(api);
        String body = switch (which) {
            case "short" -> credentials(Accounts.uniquePhone(), "abc");
            case "200 bytes" -> credentials(Accounts.uniquePhone(), "p".repeat(200));
            case "malformed phone" -> credentials("not-a-phone", Accounts.PASSWORD);
            default -> credentials(account.phone(), "abc");
        };
        ApiResponse wrongPassword = logIn("/api/v1/user/login", credentials(account.phone(), "wrong-password"));

        ApiResponse impossible = logIn("/api/v2/user/login", body);

        assertThat(impossible.error(401, 100001)).isEqualTo("wrong phone or password");
        assertThat(impossible.body()).isEqualTo(wrongPassword.body());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"password\":\"dsafasf\"}", "{\"phone\":\"17585710998\"}" })
    void missingCredentialsAreNamed(String body) {
        String message = logIn("/api/v1/user/login", body).error(400, 100002);

        assertThat(message).endsWith("is required");
    }

    @Test
    void aWrongTypeIsRefused() {
        String message = logIn("/api/v1/user/login", "{\"phone\":\"17585710998\",\"password\":[1,2]}")
                .error(400, 100002);

        assertThat(message).isEqualTo("field 'password' must be a string");
    }

    @Test
    void malformedJsonIsRefused() {
        logIn("/api/v2/user/login", "{\"phone\":\"17585710998\",").error(400, 100002);
    }

    @Test
    void aStaleTokenDoesNotStopALogin() {
        Account account = Accounts.register(api);

        api.post("/api/v1/user/login").header("Authorization", "Bearer not-a-token")
                .json(credentials(account.phone(), account.password())).send().data();
    }

    private OffsetDateTime lastLogin(String phone) {
        return jdbc.queryForObject("select last_login_at from identity.users where phone = ?", OffsetDateTime.class,
                phone);
    }

    @Test
    void aRegistrationCountsAsTheFirstLogin() {
        String phone = Accounts.uniquePhone();
        api.post("/api/v1/user/register").json(aRegistration().with("phone", phone).json()).send().data();

        assertThat(jdbc.queryForObject(
                "select last_login_at = registered_at from identity.users where phone = ?", Boolean.class, phone))
                .isTrue();
    }
}
