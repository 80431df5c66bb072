package io.hichat.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.AttemptLimits.Limit;
import io.hichat.identity.application.port.in.ChangePasswordCommand;
import io.hichat.identity.application.port.in.LogInCommand;
import io.hichat.identity.application.port.in.RegisterUserCommand;
import io.hichat.identity.application.port.in.UpdateProfileCommand;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.Introduction;
import io.hichat.identity.domain.InvalidCredentials;
import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.identity.domain.ProfileUpdate;
import io.hichat.identity.domain.TooManyIdentityAttempts;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.User;
import io.hichat.identity.domain.WrongPassword;
import io.hichat.identity.events.UserDeleted;
import io.hichat.identity.events.UserProfileChanged;
import io.hichat.identity.events.UserRegistered;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;
import io.hichat.shared.domain.WebUrl;

class IdentityUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String ADDRESS = "192.0.2.1";

    private final Fakes.Users users = new Fakes.Users();
    private final Fakes.Passwords passwords = new Fakes.Passwords();
    private final Fakes.Tokens tokens = new Fakes.Tokens();
    private final Fakes.Events events = new Fakes.Events();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final Fakes.Attempts attempts = new Fakes.Attempts();
    private final AttemptLimits limits = new AttemptLimits(attempts, new Limit(3, Duration.ofMinutes(15)),
            new Limit(100, Duration.ofMinutes(1)), new Limit(100, Duration.ofMinutes(1)), clock);
    private final RegisterUserService register = new RegisterUserService(users, users, passwords, tokens, events,
            TransactionOperations.withoutTransaction(), limits, clock);
    private final LogInService logIn = new LogInService(users, users, passwords, tokens, limits,
            Clock.offset(clock, Duration.ofMinutes(5)));
    private final ViewProfileService profiles = new ViewProfileService(users);
    private final Fakes.Revocations storedRevocations = new Fakes.Revocations();
    private final TokenRevocations revocations = new TokenRevocations(storedRevocations, clock);
    private final AuthenticateAccessTokenService authenticate = new AuthenticateAccessTokenService(tokens,
            revocations, users);
    private final PasswordCheck passwordCheck = new PasswordCheck(passwords, limits);
    private final ChangePasswordService changePassword = new ChangePasswordService(users, users, passwordCheck,
            passwords, tokens, revocations, TransactionOperations.withoutTransaction(), clock);
    private final LogOutService logOut = new LogOutService(tokens, revocations);
    private final DeleteAccountService deleteAccount = new DeleteAccountService(users, users, passwordCheck, tokens,
            revocations, events, TransactionOperations.withoutTransaction(), clock);
    private final UserDirectoryService directory = new UserDirectoryService(users);
    private final UpdateProfileService updateProfile = new UpdateProfileService(users, users, events, clock);
    private final SearchUsersService search = new SearchUsersService(users, limits);

    private static RegisterUserCommand registration(String phone) {
        return new RegisterUserCommand(new PhoneNumber(phone), PlainPassword.of("dsafasf"), new Nickname("范丞丞"),
                Sex.MALE, WebUrl.NONE, ADDRESS);
    }

    @Test
    void registeringStoresAHashedPasswordPublishesUserRegisteredAndLogsIn() {
        AccessToken token = register.register(registration("17585710989"));

        User user = users.stored.values().iterator().next();
        assertThat(user.getPasswordHash().value()).isEqualTo("hashed:dsafasf");
        assertThat(tokens.verify(token.value()).user()).isEqualTo(user.getId());
        assertThat(events.published).singleElement().usingRecursiveComparison().ignoringFields("eventId")
                .isEqualTo(new UserRegistered(null, NOW.getEpochSecond(), user.getId().value()));
    }

    @Test
    void aTakenPhoneIsRefusedWithoutPublishingAnything() {
        register.register(registration("17585710989"));
        events.published.clear();

        assertThatThrownBy(() -> register.register(registration("17585710989")))
                .isInstanceOf(PhoneAlreadyRegistered.class);
        assertThat(users.stored).hasSize(1);
        assertThat(events.published).isEmpty();
    }

    @Test
    void loggingInChecksThePasswordAndRecordsTheLogin() {
        register.register(registration("17585710989"));

        logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));

        User user = users.findByPhone(new PhoneNumber("17585710989")).orElseThrow();
        assertThat(user.getLastLoginAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aWrongPasswordIsRefused() {
        register.register(registration("17585710989"));

        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "wrong-one", ADDRESS)))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(users.findByPhone(new PhoneNumber("17585710989")).orElseThrow().getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void anUnknownPhoneIsRefusedAfterTheSameHashingWork() {
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS)))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(passwords.decoyComparisons).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({ "17585710989, abc", "not-a-phone, dsafasf", "1234, dsafasf",
            "17585710989, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
    void credentialsNoAccountCanHaveAreRefusedAfterTheSameHashingWork(String phone, String password) {
        register.register(registration("17585710989"));

        assertThatThrownBy(() -> logIn.logIn(new LogInCommand(phone, password, ADDRESS)))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(passwords.decoyComparisons).isEqualTo(1);
    }

    @Test
    void aProfileIsFoundById() {
        register.register(registration("17585710989"));
        UserId id = users.stored.values().iterator().next().getId();

        assertThat(profiles.viewProfile(id).getNickname().value()).isEqualTo("范丞丞");
        assertThatThrownBy(() -> profiles.viewProfile(new UserId(404))).isInstanceOf(UnknownUser.class);
    }

    @Test
    void theDirectoryAnswersForUsersWhoExistAndLeavesOutTheRest() {
        register.register(registration("17585710989"));
        register.register(new RegisterUserCommand(new PhoneNumber("17585710990"), PlainPassword.of("dsafasf"), null,
                Sex.FEMALE, WebUrl.of("avatar", "http://example.com/a.png"), ADDRESS));

        directory.holdExisting(List.of(new UserId(1), new UserId(2)));
        assertThatThrownBy(() -> directory.holdExisting(List.of(new UserId(1), new UserId(3), new UserId(4))))
                .isInstanceOf(UserNotFound.class).hasMessage("user 3 does not exist");
        assertThat(directory.cards(List.of(new UserId(1), new UserId(2), new UserId(3))))
                .containsOnlyKeys(new UserId(1), new UserId(2)).containsEntry(new UserId(2),
                        new UserCard(new UserId(2), "用户0990", Sex.FEMALE, "http://example.com/a.png", ""));
    }

    @Test
    void aTokenAuthenticatesOnlyAUserWhoExists() {
        AccessToken token = register.register(registration("17585710989"));

        assertThat(authenticate.authenticate(token.value())).isEqualTo(1L);
        String unknownUsers = tokens.issue(new UserId(77), 0, NOW).value();
        assertThatThrownBy(() -> authenticate.authenticate(unknownUsers)).isInstanceOf(InvalidAccessToken.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aPasswordChangeRefusesEveryEarlierTokenAndHandsOutOneThatWorks() {
        AccessToken first = register.register(registration("17585710989"));
        AccessToken second = logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));

        AccessToken fresh = changePassword.changePassword(new ChangePasswordCommand(new UserId(1), "dsafasf",
                PlainPassword.of("new-password")));

        for (AccessToken earlier : List.of(first, second)) {
            assertThatThrownBy(() -> authenticate.authenticate(earlier.value()))
                    .isInstanceOf(InvalidAccessToken.class).hasMessageContaining("password was changed");
        }
        assertThat(authenticate.authenticate(fresh.value())).isEqualTo(1L);
        assertThat(users.stored.get(1L).getPasswordHash().value()).isEqualTo("hashed:new-password");
        assertThat(authenticate.authenticate(logIn.logIn(new LogInCommand("17585710989", "new-password",
                ADDRESS)).value())).isEqualTo(1L);
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS)))
                .isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void aWrongOldPasswordChangesNothingAndCountsAsAFailedLogin() {
        AccessToken token = register.register(registration("17585710989"));

        for (String wrong : List.of("wrong-one", "short", "")) {
            assertThatThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(new UserId(1), wrong,
                    PlainPassword.of("new-password")))).isInstanceOf(WrongPassword.class)
                    .hasMessage("the password given is not the account's password");
        }

        assertThat(authenticate.authenticate(token.value())).isEqualTo(1L);
        assertThat(passwords.decoyComparisons).isEqualTo(2);
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS)))
                .isInstanceOf(TooManyIdentityAttempts.class);
    }

    @Test
    void aLogoutRefusesThatTokenAndNoOther() {
        AccessToken first = register.register(registration("17585710989"));
        AccessToken second = logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));

        logOut.logOut(first.value());

        assertThatThrownBy(() -> authenticate.authenticate(first.value())).isInstanceOf(InvalidAccessToken.class)
                .hasMessage("the token was logged out");
        assertThat(authenticate.authenticate(second.value())).isEqualTo(1L);
    }

    @Test
    void anotherInstanceRefusesARevokedTokenOnceItHasCaughtUp() {
        AccessToken first = register.register(registration("17585710989"));
        AccessToken second = logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));
        TokenRevocations elsewhere = new TokenRevocations(storedRevocations, clock);
        AuthenticateAccessTokenService otherInstance = new AuthenticateAccessTokenService(tokens, elsewhere, users);
        assertThat(otherInstance.authenticate(first.value())).as("reads what is stored at first use").isEqualTo(1L);

        logOut.logOut(first.value());
        assertThat(otherInstance.authenticate(first.value())).as("before catching up").isEqualTo(1L);
        elsewhere.catchUp();

        assertThatThrownBy(() -> otherInstance.authenticate(first.value())).isInstanceOf(InvalidAccessToken.class);
        assertThat(otherInstance.authenticate(second.value())).isEqualTo(1L);
        TokenRevocations started = new TokenRevocations(storedRevocations, clock);
        assertThat(started.refusing(tokens.verify(first.value()))).as("an instance started later").isPresent();
    }

    @Test
    void expiredRevocationsAreForgottenEverywhere() {
        AccessToken token = register.register(registration("17585710989"));
        logOut.logOut(token.value());
        TokenRevocations later = new TokenRevocations(storedRevocations, Clock.offset(clock, Duration.ofSeconds(101)));

        later.forgetExpired();

        assertThat(storedRevocations.stored).isEmpty();
    }

    @Test
    void aProfileUpdateChangesOnlyTheFieldsItNamesAndSaysSoOnce() {
        register.register(registration("17585710989"));
        UserId id = users.stored.values().iterator().next().getId();
        events.published.clear();

        User updated = updateProfile.updateProfile(new UpdateProfileCommand(id, new ProfileUpdate(null, false,
                Sex.FEMALE, null, new Introduction("你好"), null)));
        updateProfile.updateProfile(new UpdateProfileCommand(id, new ProfileUpdate(null, false, Sex.FEMALE, null,
                null, null)));

        assertThat(updated.getNickname().value()).isEqualTo("范丞丞");
        assertThat(updated.getSex()).isEqualTo(Sex.FEMALE);
        assertThat(updated.getIntroduction().value()).isEqualTo("你好");
        assertThat(events.published).singleElement().isInstanceOfSatisfying(UserProfileChanged.class,
                changed -> assertThat(changed.userId()).isEqualTo(id.value()));
    }

    @Test
    void anEmptyNicknameInAnUpdateAsksForTheDefault() {
        register.register(registration("17585710989"));
        UserId id = users.stored.values().iterator().next().getId();

        User updated = updateProfile.updateProfile(new UpdateProfileCommand(id, new ProfileUpdate(null, true, null,
                null, null, null)));

        assertThat(updated.getNickname().value()).isEqualTo("用户0989");
    }

    @Test
    void searchFindsTheExactPhoneAndAnswersThePublicCardOnly() {
        register.register(registration("17585710989"));

        assertThat(search.findByPhone(new UserId(1), ADDRESS, new PhoneNumber("17585710989"))).hasValueSatisfying(
                card -> assertThat(card.nickname()).isEqualTo("范丞丞"));
        assertThat(search.findByPhone(new UserId(1), ADDRESS, new PhoneNumber("+17585710989"))).isEmpty();
        assertThat(search.findByPhone(new UserId(1), ADDRESS, new PhoneNumber("1758571098"))).isEmpty();
    }

    @Test
    void failedLoginsPastTheLimitAreRefusedBeforeAnyHashAndASuccessForgetsThem() {
        register.register(registration("17585710989"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "wrong-one", ADDRESS)))
                    .isInstanceOf(InvalidCredentials.class);
        }
        logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "wrong-one", ADDRESS)))
                    .isInstanceOf(InvalidCredentials.class);
        }
        int hashesBefore = passwords.comparisons;

        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS)))
                .isInstanceOf(TooManyIdentityAttempts.class);
        assertThat(passwords.comparisons).isEqualTo(hashesBefore);
    }

    @Test
    void aPhoneLongerThanAnyIsCountedUnderItsDigestAndStillCountsAsItself() {
        String longPhone = "1".repeat(5000);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn.logIn(new LogInCommand(longPhone, "wrong-one", ADDRESS)))
                    .isInstanceOf(InvalidCredentials.class);
        }

        assertThatThrownBy(() -> logIn.logIn(new LogInCommand(longPhone, "wrong-one", ADDRESS)))
                .isInstanceOf(TooManyIdentityAttempts.class);
        assertThat(attempts.subjects()).allSatisfy(subject -> assertThat(subject).hasSizeLessThan(100));
    }

    @Test
    void deletingAnAccountRefusesItsTokensFreesItsPhoneAndSaysSo() {
        AccessToken first = register.register(registration("17585710989"));
        AccessToken second = logIn.logIn(new LogInCommand("17585710989", "dsafasf", ADDRESS));
        events.published.clear();

        assertThatThrownBy(() -> deleteAccount.deleteAccount(new UserId(1), "wrong-one"))
                .isInstanceOf(WrongPassword.class).hasMessage("the password given is not the account's password");
        deleteAccount.deleteAccount(new UserId(1), "dsafasf");

        for (AccessToken token : List.of(first, second)) {
            assertThatThrownBy(() -> authenticate.authenticate(token.value())).isInstanceOf(InvalidAccessToken.class)
                    .hasMessage("the token's account was deleted");
        }
        assertThat(events.published).singleElement().isInstanceOfSatisfying(UserDeleted.class,
                deleted -> assertThat(deleted.userId()).isEqualTo(1));
        assertThatThrownBy(() -> deleteAccount.deleteAccount(new UserId(1), "dsafasf"))
                .isInstanceOf(UnknownUser.class);
        AccessToken again = register.register(registration("17585710989"));
        assertThat(authenticate.authenticate(again.value())).isEqualTo(2L);
        assertThat(new TokenRevocations(storedRevocations, clock).refusing(tokens.verify(first.value())))
                .as("read back by another instance").isPresent();
    }
}
