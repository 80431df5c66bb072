package io.hichat.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import io.hichat.testing.Accounts;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/** The jOOQ adapter against PostgreSQL: what is saved loads back equal, ids included. */
@HttpApiTest
class JooqUserRepositoryTest {

    private static final PasswordHash HASH = new PasswordHash(
            "$2a$10$7EqJtq98hPqEX7fNZaFWoO5rWlXk9Qh1Wv8CZ5J4c5h6bq1Xz6Y9S");

    @Autowired
    JooqUserRepository users;
    @Autowired
    TransactionOperations transactions;

    private User aNewUser() {
        return User.register(users.nextId(), new PhoneNumber(Accounts.uniquePhone()), HASH, new Nickname("范丞丞"),
                Sex.FEMALE, new WebUrl("https://example.com/a.png"),
                Instant.parse("2026-11-25T10:15:30.123456789Z"));
    }

    @Test
    void aSavedUserLoadsBackEqualByIdAndByPhone() {
        User saved = aNewUser();
        users.add(saved);

        User byId = users.findById(saved.getId()).orElseThrow();
        User byPhone = users.findByPhone(saved.getPhone()).orElseThrow();

        assertThat(byId).usingRecursiveComparison().ignoringFields("events").isEqualTo(saved);
        assertThat(byPhone).usingRecursiveComparison().ignoringFields("events").isEqualTo(saved);
        assertThat(byId.getId()).isEqualTo(saved.getId());
        assertThat(byId.pullEvents()).as("reconstitution records nothing").isEmpty();
    }

    @Test
    void manyCardsLoadInOneCallAndUnknownIdsAreLeftOut() {
        User first = aNewUser();
        User second = aNewUser();
        users.add(first);
        users.add(second);

        assertThat(users.findCards(List.of(first.getId(), second.getId(), new UserId(Long.MAX_VALUE))))
                .containsExactlyInAnyOrder(
                        new UserCard(first.getId(), "范丞丞", Sex.FEMALE, "https://example.com/a.png", ""),
                        new UserCard(second.getId(), "范丞丞", Sex.FEMALE, "https://example.com/a.png", ""));
        assertThat(users.findCards(List.of())).isEmpty();
    }

    @Test
    void idsComeFromTheSequenceAndAreNeverReused() {
        UserId first = users.nextId();
        UserId second = users.nextId();

        assertThat(second.value()).isGreaterThan(first.value());
    }

    @Test
    void existenceIsAnsweredByIdAndByPhone() {
        User saved = aNewUser();
        users.add(saved);

        assertThat(users.existsById(saved.getId())).isTrue();
        assertThat(users.existsByPhone(saved.getPhone())).isTrue();
        assertThat(users.existsById(new UserId(Long.MAX_VALUE))).isFalse();
        assertThat(users.existsByPhone(new PhoneNumber(Accounts.uniquePhone()))).isFalse();
        assertThat(users.findById(new UserId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aSecondAccountForAPhoneIsRefusedByTheDatabase() {
        User first = aNewUser();
        users.add(first);
        User second = User.register(users.nextId(), first.getPhone(), HASH, null, Sex.UNKNOWN, WebUrl.NONE,
                Instant.now());

        assertThatThrownBy(() -> users.add(second)).isInstanceOf(PhoneAlreadyRegistered.class);
        assertThat(users.existsById(second.getId())).isFalse();
    }

    @Test
    void theLastLoginIsSaved() {
        User user = aNewUser();
        users.add(user);

        user.recordLogin(Instant.parse("2026-12-01T08:00:00.654321Z"));
        users.saveLastLogin(user);

        assertThat(users.findById(user.getId()).orElseThrow().getLastLoginAt())
                .isEqualTo(Instant.parse("2026-12-01T08:00:00.654321Z"));
    }

    /**
     * A write about a user holds the user existing until it commits: a deletion started meanwhile waits for it, and
     * an update of the user's other columns (a login) does not.
     */
    @Test
    void aHeldUserIsDeletedOnlyAfterTheHoldingTransactionEndsWhileALoginDoesNotWait() throws Exception {
        User held = aNewUser();
        users.add(held);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Set<UserId>> holder = threads.submit(() -> transactions.execute(status -> {
                Set<UserId> existing = users.holdExisting(List.of(held.getId(), new UserId(Long.MAX_VALUE)));
                holding.countDown();
                Simultaneously.await(release);
                return existing;
            }));
            Simultaneously.await(holding);
            held.recordLogin(Instant.now());
            transactions.executeWithoutResult(status -> users.saveLastLogin(held));
            Future<?> deletion = threads.submit(() -> transactions.executeWithoutResult(
                    status -> users.delete(held.getId())));

            assertThatThrownBy(() -> deletion.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            assertThat(holder.get(5, TimeUnit.SECONDS)).containsExactly(held.getId());
            deletion.get(5, TimeUnit.SECONDS);
            assertThat(users.holdExisting(List.of(held.getId()))).isEmpty();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }
}
