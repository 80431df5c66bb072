package io.hichat.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hichat.identity.domain.TokenRevocation.LoggedOut;
import io.hichat.identity.domain.TokenRevocation.PasswordChanged;
import io.hichat.shared.domain.UserId;

class RevokedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final UserId ANN = new UserId(1);
    private static final UserId BOB = new UserId(2);

    private final RevokedTokens revoked = new RevokedTokens();

    @Test
    void aLogoutRefusesThatTokenOnly() {
        IssuedToken loggedOut = new IssuedToken(ANN, "t1", 0, NOW.plusSeconds(60));
        revoked.add(LoggedOut.of(loggedOut));

        assertThat(revoked.refusing(loggedOut)).contains(LoggedOut.of(loggedOut));
        assertThat(revoked.refusing(loggedOut).orElseThrow().reason()).isEqualTo("the token was logged out");
        assertThat(revoked.refusing(new IssuedToken(ANN, "t2", 0, NOW.plusSeconds(60)))).isEmpty();
    }

    @Test
    void aPasswordChangeRefusesTheUsersEarlierGenerationsOnly() {
        revoked.add(new PasswordChanged(ANN, 2, NOW.plusSeconds(60)));

        assertThat(revoked.refusing(new IssuedToken(ANN, "old", 1, NOW))).isPresent();
        assertThat(revoked.refusing(new IssuedToken(ANN, "fresh", 2, NOW))).isEmpty();
        assertThat(revoked.refusing(new IssuedToken(BOB, "other", 0, NOW))).isEmpty();
    }

    @Test
    void revocationsMayArriveTwiceAndInAnyOrder() {
        PasswordChanged second = new PasswordChanged(ANN, 2, NOW.plusSeconds(120));
        revoked.add(second);
        revoked.add(new PasswordChanged(ANN, 1, NOW.plusSeconds(60)));
        revoked.add(second);

        assertThat(revoked.refusing(new IssuedToken(ANN, "gen1", 1, NOW))).contains(second);
        assertThat(revoked.size()).isEqualTo(1);
    }

    @Test
    void anExpiredRevocationIsForgotten() {
        revoked.add(new LoggedOut(ANN, "t1", NOW));
        revoked.add(new PasswordChanged(BOB, 1, NOW.plusSeconds(60)));

        revoked.forgetExpiredAt(NOW.plusSeconds(1));

        assertThat(revoked.size()).isEqualTo(1);
        assertThat(revoked.refusing(new IssuedToken(ANN, "t1", 0, NOW.plusSeconds(60)))).isEmpty();
        assertThat(revoked.refusing(new IssuedToken(BOB, "b", 0, NOW.plusSeconds(60)))).isPresent();
    }
}
