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
import io.hichat.identity.domain.UserId;
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
        AccessToken token = tokensAt(NOW).issue(new UserId(9), NOW);

        String claims = new String(Base64.getUrlDecoder().decode(token.value().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"hichat2.com\":\"9\"").contains("\"iat\":" + NOW.getEpochSecond())
                .contains("\"exp\":" + NOW.plusSeconds(8_640_000).getEpochSecond());
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(8_640_000));
        assertThat(tokensAt(NOW).verify(token.value())).isEqualTo(new UserId(9));
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        AccessToken token = tokensAt(NOW).issue(new UserId(9), NOW);

        assertThatThrownBy(() -> tokensAt(NOW.plusSeconds(8_640_001)).verify(token.value()))
                .isInstanceOf(InvalidAccessToken.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceItExpires() {
        MovableClock clock = new MovableClock(NOW);
        JwtAccessTokens tokens = new JwtAccessTokens(properties, new MockEnvironment(), clock);
        AccessToken token = tokens.issue(new UserId(9), NOW);
        assertThat(tokens.verify(token.value())).isEqualTo(new UserId(9));
        assertThat(tokens.verify(token.value())).as("again, from memory").isEqualTo(new UserId(9));

        clock.now = NOW.plusSeconds(8_640_001);

        assertThatThrownBy(() -> tokens.verify(token.value())).isInstanceOf(InvalidAccessToken.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.verify(token.value())).hasMessageContaining("expired");
    }

    @Test
    void aForgedTokenIsRefusedEvenAfterTheGenuineOneWasVerified() {
        JwtAccessTokens tokens = tokensAt(NOW);
        String genuine = tokens.issue(new UserId(9), NOW).value();
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
