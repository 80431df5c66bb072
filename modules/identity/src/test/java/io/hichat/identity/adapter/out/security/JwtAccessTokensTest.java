package io.hichat.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.IssuedToken;
import io.hichat.shared.domain.UserId;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

class JwtAccessTokensTest {

    /** 64 bytes: long enough for HS512 too, so only the algorithm check stands between it and acceptance. */
    private static final String SECRET = "a-test-secret-that-is-long-enough-to-sign-hs512-tokens-with-too!";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final AccessTokenProperties properties = new AccessTokenProperties(SECRET, Duration.ofSeconds(8_640_000));

    private JwtAccessTokens tokensAt(Instant now) {
        return new JwtAccessTokens(properties, new MockEnvironment(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anIssuedTokenNamesItsUserInTheOriginalClaimAndExpiresAfterItsLifetime() {
        AccessToken token = tokensAt(NOW).issue(new UserId(9), 3, NOW);

        String claims = claimsOf(token.value());
        assertThat(claims).contains("\"hichat2.com\":\"9\"").contains("\"iat\":" + NOW.getEpochSecond())
                .contains("\"exp\":" + NOW.plusSeconds(8_640_000).getEpochSecond()).contains("\"gen\":3");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(8_640_000))
                .isEqualTo(tokensAt(NOW).expiryOfTokenIssuedAt(NOW.plusMillis(999)));
        IssuedToken issued = tokensAt(NOW).verify(token.value());
        assertThat(issued.user()).isEqualTo(new UserId(9));
        assertThat(issued.generation()).isEqualTo(3);
        assertThat(issued.expiresAt()).isEqualTo(token.expiresAt());
        assertThat(claims).contains("\"jti\":\"" + issued.id() + "\"");
    }

    @Test
    void everyTokenHasAnIdOfItsOwn() {
        JwtAccessTokens tokens = tokensAt(NOW);

        IssuedToken first = tokens.verify(tokens.issue(new UserId(9), 0, NOW).value());
        IssuedToken second = tokens.verify(tokens.issue(new UserId(9), 0, NOW).value());

        assertThat(first.id()).matches("[0-9a-f-]{36}").isNotEqualTo(second.id());
    }

    @Test
    void aTokenIssuedBeforeIdsAndGenerationsIsGenerationZeroWithAnIdDerivedFromIt() {
        String legacy = Jwts.builder().header().type("JWT").and().claim("hichat2.com", "9")
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();

        IssuedToken issued = tokensAt(NOW).verify(legacy);

        assertThat(issued.generation()).isZero();
        assertThat(issued.id()).matches("sha256:[0-9a-f]{64}").isEqualTo(tokensAt(NOW).verify(legacy).id());
    }

    @Test
    void aTokenWithAGenerationOrIdThisServerNeverWritesIsRefused() {
        for (Object generation : new Object[] { -1, "1", 1.5, 4_000_000_000L }) {
            String token = Jwts.builder().claim("hichat2.com", "9").claim("gen", generation)
                    .expiration(Date.from(NOW.plusSeconds(60)))
                    .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();

            assertThatThrownBy(() -> tokensAt(NOW).verify(token)).as("gen %s", generation)
                    .isInstanceOf(InvalidAccessToken.class).hasMessageContaining("generation");
        }
        String longId = Jwts.builder().claim("hichat2.com", "9").id("x".repeat(81))
                .expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
        assertThatThrownBy(() -> tokensAt(NOW).verify(longId)).hasMessageContaining("id");
    }

    private static String claimsOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        AccessToken token = tokensAt(NOW).issue(new UserId(9), 0, NOW);

        assertThatThrownBy(() -> tokensAt(NOW.plusSeconds(8_640_001)).verify(token.value()))
                .isInstanceOf(InvalidAccessToken.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceItExpires() {
        MovableClock clock = new MovableClock(NOW);
        JwtAccessTokens tokens = new JwtAccessTokens(properties, new MockEnvironment(), clock);
        AccessToken token = tokens.issue(new UserId(9), 0, NOW);
        assertThat(tokens.verify(token.value()).user()).isEqualTo(new UserId(9));
        assertThat(tokens.verify(token.value()).user()).as("again, from memory").isEqualTo(new UserId(9));

        clock.now = NOW.plusSeconds(8_640_001);

        assertThatThrownBy(() -> tokens.verify(token.value())).isInstanceOf(InvalidAccessToken.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.verify(token.value())).hasMessageContaining("expired");
    }

    @Test
    void aForgedTokenIsRefusedEvenAfterTheGenuineOneWasVerified() {
        JwtAccessTokens tokens = tokensAt(NOW);
        String genuine = tokens.issue(new UserId(9), 0, NOW).value();
        tokens.verify(genuine);
        String[] parts = genuine.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "xx";

        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidAccessToken.class);
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String endless = Jwts.builder().claim("hichat2.com", "9")
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();

        assertThatThrownBy(() -> tokensAt(NOW).verify(endless)).hasMessageContaining("no expiry");
    }

    @Test
    void aTokenNamingNoUserIsRefused() {
        String anonymous = Jwts.builder().subject("9").expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();

        assertThatThrownBy(() -> tokensAt(NOW).verify(anonymous)).hasMessageContaining("does not name a user");
    }

    @Test
    void anotherAlgorithmIsRefusedEvenWithTheRightKey() {
        String hs512 = Jwts.builder().claim("hichat2.com", "9").expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS512).compact();

        assertThatThrownBy(() -> tokensAt(NOW).verify(hs512)).isInstanceOf(InvalidAccessToken.class)
                .hasMessageContaining("HS256");
    }

    @Test
    void theDevelopmentSecretIsRefusedInTheProdProfile() {
        AccessTokenProperties defaults = new AccessTokenProperties(AccessTokenProperties.DEVELOPMENT_SECRET,
                Duration.ofDays(1));
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new JwtAccessTokens(defaults, production, Clock.systemUTC()))
                .hasMessageContaining("development default");
        new JwtAccessTokens(defaults, new MockEnvironment(), Clock.systemUTC());
    }

    @Test
    void aSecretShorterThan256BitsIsRefused() {
        assertThatThrownBy(() -> new AccessTokenProperties("x".repeat(31), Duration.ofDays(1)))
                .hasMessageContaining("at least 32 bytes");
    }
}
