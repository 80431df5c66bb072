package io.hichat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.MacAlgorithm;
import tools.jackson.databind.JsonNode;

/** The profile routes, and through them every way an access token can be right or wrong. */
@HttpApiTest
class ProfileApiTest {

    /** The development secret the test server signs with (application.yml leaves the default in place). */
    private static final SecretKey SERVER_KEY = Keys.hmacShaKeyFor(
            "hichat-development-secret-never-use-in-production".getBytes(StandardCharsets.UTF_8));

    @Autowired
    Api api;
    Account account;

    @BeforeEach
    void registerSomeone() {
        account = Accounts.register(api);
    }

    private ApiResponse profile(String authorization) {
        return api.get("/api/v1/user/detail").authorization(authorization).send();
    }

    private String userIdOf(String token) {
        return Jwt.claims(token).get("hichat2.com").stringValue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/user/detail", "/api/v1/user/user" })
    void bothPathsAnswerEveryDocumentedFieldWithItsDocumentedType(String path) {
        JsonNode data = api.get(path).bearer(account.token()).send().data();

        assertThat(data.propertyNames()).containsExactly("info");
        JsonNode info = data.get("info");
        assertThat(info.propertyNames()).containsExactlyInAnyOrder("id", "mobile", "nickname", "sex", "avatar",
                "lastLogin", "Introduction", "email");
        assertThat(info.get("id").isString()).isTrue();
        assertThat(info.get("id").stringValue()).isEqualTo(userIdOf(account.token()));
        assertThat(info.get("mobile").stringValue()).isEqualTo(account.phone());
        assertThat(info.get("nickname").isString()).isTrue();
        assertThat(info.get("sex").isInt()).isTrue();
        assertThat(info.get("avatar").isString()).isTrue();
        assertThat(info.get("lastLogin").isString()).isTrue();
        assertThat(info.get("lastLogin").stringValue()).matches("[0-9]+");
        assertThat(Long.parseLong(info.get("lastLogin").stringValue()))
                .isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(info.get("Introduction").stringValue()).isEmpty();
        assertThat(info.get("email").stringValue()).isEmpty();
    }

    @Test
    void aBareTokenWithoutBearerIsAccepted() {
        profile(account.token()).data();
    }

    @Test
    void aLowerCaseBearerIsAccepted() {
        profile("bearer " + account.token()).data();
    }

    @Test
    void noTokenIsRefused() {
        String message = profile(null).error(401, 100003);

        assertThat(message).contains("Authorization");
    }

    @Test
    void aForgedPayloadIsRefused() {
        Account victim = Accounts.register(api);
        String[] parts = account.token().split("\\.");
        String forgedClaims = Jwt.claims(account.token()).toString()
                .replace("\"" + userIdOf(account.token()) + "\"", "\"" + userIdOf(victim.token()) + "\"");
        String forged = parts[0] + "." + Jwt.encodePart(forgedClaims) + "." + parts[2];

        String message = profile("Bearer " + forged).error(401, 100003);

        assertThat(message).contains("signature");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String unsigned = Jwt.encodePart("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + Jwt.encodePart(Jwt.claims(account.token()).toString()) + ".";

        profile("Bearer " + unsigned).error(401, 100003);
    }

    /** A token as this server would make it, but with the given user, expiry, key and algorithm. */
    private static String token(String userId, Instant expiresAt, SecretKey key, MacAlgorithm algorithm) {
        return Jwts.builder().claim("hichat2.com", userId)
                .issuedAt(Date.from(expiresAt.minusSeconds(3600))).expiration(Date.from(expiresAt))
                .signWith(key, algorithm).compact();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = token(userIdOf(account.token()), Instant.now().minusSeconds(3600), SERVER_KEY,
                Jwts.SIG.HS256);

        String message = profile("Bearer " + expired).error(401, 100003);

        assertThat(message).contains("expired");
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRefusedEvenWithTheServersKey() {
        String hs384 = token(userIdOf(account.token()), Instant.now().plusSeconds(3600), SERVER_KEY,
                Jwts.SIG.HS384);

        profile("Bearer " + hs384).error(401, 100003);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        SecretKey otherKey = Keys.hmacShaKeyFor("another-secret-that-is-long-enough-for-hs256"
                .getBytes(StandardCharsets.UTF_8));
        String foreign = token(userIdOf(account.token()), Instant.now().plusSeconds(3600), otherKey,
                Jwts.SIG.HS256);

        profile("Bearer " + foreign).error(401, 100003);
    }

    @Test
    void aValidTokenForAUserWhoDoesNotExistIsRefused() {
        String ghost = token("999999999", Instant.now().plusSeconds(3600), SERVER_KEY, Jwts.SIG.HS256);

        String message = profile("Bearer " + ghost).error(401, 100003);

        assertThat(message).contains("does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer ", "Bearer abc", "Bearer a.b.c", "Basic dXNlcjpwYXNz" })
    void garbageIsRefused(String authorization) {
        profile(authorization).error(401, 100003);
    }
}
