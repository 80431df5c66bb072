package io.hichat.identity.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SecurityException;

/**
 * HS256 JWTs carrying the user id in the claim {@value #USER_CLAIM}, the name the original server used and
 * existing clients read.
 */
@Component
class JwtAccessTokens implements IssueAccessTokenPort, VerifyAccessTokenPort {

    static final String USER_CLAIM = "hichat2.com";
    private static final String ALGORITHM = "HS256";
    /** Tokens verified lately; a client sends the same one with every request. Bounded; emptied when full. */
    static final int VERIFIED_CAPACITY = 10_000;

    private final SecretKey key;
    private final AccessTokenProperties properties;
    private final JwtParser parser;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    JwtAccessTokens(AccessTokenProperties properties, Environment environment, Clock clock) {
        if (properties.usesDevelopmentSecret() && environment.matchesProfiles("prod")) {
            throw new IllegalStateException(
                    "hichat.token.secret is the development default; set a secret of your own in production");
        }
        this.properties = properties;
        this.clock = clock;
        this.key = Keys.hmacShaKeyFor(properties.secret().getBytes(StandardCharsets.UTF_8));
        this.parser = Jwts.parser()
                .verifyWith(key)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public AccessToken issue(UserId user, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(properties.lifetime());
        String token = Jwts.builder()
                .header().type("JWT").and()
                .claim(USER_CLAIM, Long.toString(user.value()))
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new AccessToken(token, expiresAt);
    }

    /**
     * A token seen before skips the signature check and the JSON parsing: the same string was verified already and
     * only its expiry can have changed since.
     */
    @Override
    public UserId verify(String token) {
        Verified known = verified.get(token);
        if (known != null) {
            if (!clock.instant().isAfter(known.expiresAt())) {
                return known.user();
            }
            verified.remove(token);
            throw new InvalidAccessToken("the token has expired");
        }
        Verified fresh = verifyFully(token);
        if (verified.size() >= VERIFIED_CAPACITY) {
            verified.clear();
        }
        verified.put(token, fresh);
        return fresh.user();
    }

    private Verified verifyFully(String token) {
        Jws<Claims> jws = parse(token);
        if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
            throw new InvalidAccessToken("the token must be signed with " + ALGORITHM);
        }
        Claims claims = jws.getPayload();
        if (claims.getExpiration() == null) {
            throw new InvalidAccessToken("the token has no expiry");
        }
        return new Verified(userOf(claims), claims.getExpiration().toInstant());
    }

    private Jws<Claims> parse(String token) {
        try {
            return parser.parseSignedClaims(token);
        } catch (ExpiredJwtException expired) {
            throw new InvalidAccessToken("the token has expired");
        } catch (SecurityException badSignature) {
            throw new InvalidAccessToken("the token's signature is not valid");
        } catch (JwtException | IllegalArgumentException malformed) {
            throw new InvalidAccessToken("the token is not an HS256 JWT issued by this server");
        }
    }

    private record Verified(UserId user, Instant expiresAt) {
    }

    private static UserId userOf(Claims claims) {
        Object subject = claims.get(USER_CLAIM);
        if (subject instanceof String id && id.matches("[1-9][0-9]{0,18}")) {
            return new UserId(Long.parseLong(id));
        }
        throw new InvalidAccessToken("the token does not name a user");
    }
}
