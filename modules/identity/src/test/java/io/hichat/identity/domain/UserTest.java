package io.hichat.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hichat.identity.events.UserRegistered;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

class UserTest {

    private static final PhoneNumber PHONE = new PhoneNumber("17585710989");
    private static final PasswordHash HASH = new PasswordHash("$2a$10$hash");
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");

    @Test
    void registeringRecordsUserRegisteredOnce() {
        User user = User.register(new UserId(9), PHONE, HASH, new Nickname("范丞丞"), Sex.MALE, WebUrl.NONE, NOW);

        assertThat(user.pullEvents()).singleElement().usingRecursiveComparison().ignoringFields("eventId")
                .isEqualTo(new UserRegistered(null, NOW.getEpochSecond(), 9));
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void withoutANicknameTheDefaultShowsOnlyThePhonesLastFourDigits() {
        User user = User.register(new UserId(9), PHONE, HASH, null, Sex.UNKNOWN, WebUrl.NONE, NOW);
        User shortPhone = User.register(new UserId(10), new PhoneNumber("+12345"), HASH, null, Sex.UNKNOWN,
                WebUrl.NONE, NOW);

        assertThat(user.getNickname().value()).isEqualTo("用户0989");
        assertThat(shortPhone.getNickname().value()).isEqualTo("用户2345");
    }

    @Test
    void registeringCountsAsTheFirstLoginAndKeepsMicroseconds() {
        User user = User.register(new UserId(9), PHONE, HASH, null, Sex.UNKNOWN, WebUrl.NONE, NOW);

        assertThat(user.getRegisteredAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30.123456Z"));
        assertThat(user.getLastLoginAt()).isEqualTo(user.getRegisteredAt());
        assertThat(user.getIntroduction().value()).isEmpty();
        assertThat(user.getEmail().value()).isEmpty();
    }

    @Test
    void aLoginMovesTheLastLoginTime() {
        User user = User.register(new UserId(9), PHONE, HASH, null, Sex.UNKNOWN, WebUrl.NONE, NOW);

        user.recordLogin(NOW.plusSeconds(60));

        assertThat(user.getLastLoginAt()).isEqualTo(Instant.parse("2026-11-25T10:16:30.123456Z"));
    }

    @Test
    void aPasswordChangeStartsANewGenerationAndRefusesEveryEarlierToken() {
        User user = User.register(new UserId(9), PHONE, HASH, null, Sex.UNKNOWN, WebUrl.NONE, NOW);
        Instant expiry = NOW.plusSeconds(100);

        TokenRevocation revocation = user.changePassword(new PasswordHash("$2a$10$other"), expiry);

        assertThat(user.getPasswordHash().value()).isEqualTo("$2a$10$other");
        assertThat(user.getTokenGeneration()).isEqualTo(1);
        assertThat(revocation).isEqualTo(new TokenRevocation.PasswordChanged(new UserId(9), 1, expiry));
        assertThat(revocation.refuses(new IssuedToken(new UserId(9), "a", 0, expiry))).isTrue();
        assertThat(revocation.refuses(new IssuedToken(new UserId(9), "b", 1, expiry))).isFalse();
        assertThat(revocation.refuses(new IssuedToken(new UserId(10), "c", 0, expiry))).isFalse();
        assertThat(user.changePassword(HASH, expiry)).isEqualTo(new TokenRevocation.PasswordChanged(
                new UserId(9), 2, expiry));
    }

    @Test
    void aReconstitutedUserRecordsNothing() {
        User user = User.reconstitute(new UserId(9), PHONE, HASH, 0, new Nickname("a"), Sex.UNKNOWN, WebUrl.NONE,
                Introduction.NONE, EmailAddress.NONE, NOW, NOW);

        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void anEmailIsPlausibleOrNone() {
        assertThat(new EmailAddress(" fan@example.com ").value()).isEqualTo("fan@example.com");
        assertThat(new EmailAddress("").value()).isEmpty();
        assertThatThrownBy(() -> new EmailAddress("fan@example")).hasMessageStartingWith("email must be");
        assertThatThrownBy(() -> new EmailAddress("a b@example.com")).isInstanceOf(InvalidUserDetails.class);
        assertThatThrownBy(() -> new EmailAddress("a@" + "b".repeat(250) + ".com"))
                .isInstanceOf(InvalidUserDetails.class);
    }
}
