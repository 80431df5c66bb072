package io.hichat.identity.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.IssuedToken;
import io.hichat.shared.domain.Digests;
import io.hichat.shared.domain.UserId;
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
 * existing clients read, the token's id in {@code jti} and its generation in {@value #GENERATION_CLAIM}. Tokens
 * issued before those two claims existed are read as generation 0, with an id derived from the token itself.
 */
@Component
class JwtAccessTokens implements IssueAccessTokenPort, VerifyAccessTokenPort {

    static final String USER_CLAIM = "hichat2.com";
    static final String GENERATION_CLAIM = "gen";
    private static final String ALGORITHM = "HS256";
    /**
     * Tokens verified lately; a client sends the same one with every request. When full, the least likely to be
     * sent again make room (some 5 MB at this size).
     */
    static final int VERIFIED_CAPACITY = 10_000;
    /** The longest token id stored for a revocation: a UUID is 36 characters, a derived id 71. */
    private static final int MAX_ID_LENGTH = 80;

    private final SecretKey key;
    private final AccessTokenProperties properties;
    private final JwtParser parser;
    private final Clock clock;
    private final Cache<String, IssuedToken> verified = Caffeine.newBuilder().maximumSize(VERIFIED_CAPACITY).build();

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
    public AccessToken issue(UserId user, int generation, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = expiryOfTokenIssuedAt(now);
        String token = Jwts.builder()
                .header().type("JWT").and()
                .claim(USER_CLAIM, Long.toString(user.value()))
                .id(UUID.randomUUID().toString())
                .claim(GENERATION_CLAIM, generation)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new AccessToken(token, expiresAt);
    }

    @Override
    public Instant expiryOfTokenIssuedAt(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plus(properties.lifetime());
    }

    /**
     * A token seen before skips the signature check and the JSON parsing: the same string was verified already and
     * only its expiry can have changed since.
     */
    @Override
    public IssuedToken verify(String token) {
        IssuedToken known = verified.getIfPresent(token);
        if (known != null) {
            if (!clock.instant().isAfter(known.expiresAt())) {
                return known;
            }
            verified.invalidate(token);
            throw new InvalidAccessToken("the token has expired");
        }
        IssuedToken fresh = verifyFully(token);
        verified.put(token, fresh);
        return fresh;
    }

    private IssuedToken verifyFully(String token) {
        Jws<Claims> jws = parse(token);
        if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
            throw new InvalidAccessToken("the token must be signed with " + ALGORITHM);
        }
        Claims claims = jws.getPayload();
        if (claims.getExpiration() == null) {
            throw new InvalidAccessToken("the token has no expiry");
        }
        return new IssuedToken(userOf(claims), idOf(claims, token), generationOf(claims),
                claims.getExpiration().toInstant());
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

    private static UserId userOf(Claims claims) {
        Object subject = claims.get(USER_CLAIM);
        if (subject instanceof String id && id.matches("[1-9][0-9]{0,18}")) {
            return new UserId(Long.parseLong(id));
        }
        throw new InvalidAccessToken("the token does not name a user");
    }

    private static String idOf(Claims claims, String token) {
        String id = claims.getId();
        if (id == null) {
            return "sha256:" + Digests.sha256Hex(token);
        }
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidAccessToken("the token's id is not one this server issues");
        }
        return id;
    }

    private static int generationOf(Claims claims) {
        Object generation = claims.get(GENERATION_CLAIM);
        if (generation == null) {
            return 0;
        }
        if (generation instanceof Integer value && value >= 0) {
            return value;
        }
        throw new InvalidAccessToken("the token's generation is not one this server issues");
    }
}
