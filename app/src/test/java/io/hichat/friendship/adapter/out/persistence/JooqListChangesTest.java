package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.testing.UserIds.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.domain.FriendshipList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * The schema's numbering and trimming of list changes (V12, decision 0021), through the adapter that reads them:
 * a transaction's changes get versions when it commits, in the order it made them, one per item; a list's next
 * version cannot commit before the one it follows; a trimming round forgets at most its limit.
 */
@HttpApiTest
class JooqListChangesTest {

    @Autowired
    JooqListChanges lists;
    @Autowired
    TransactionOperations transactions;
    @Autowired
    JdbcTemplate jdbc;

    private void block(UserId blocker, UserId blocked) {
        jdbc.update("INSERT INTO friendship.blocks (blocker_id, blocked_id, blocked_at) VALUES (?, ?, now())",
                blocker.value(), blocked.value());
    }

    private void unblock(UserId blocker, UserId blocked) {
        jdbc.update("DELETE FROM friendship.blocks WHERE blocker_id = ? AND blocked_id = ?", blocker.value(),
                blocked.value());
    }

    private List<ItemChange> changesOf(UserId blocker) {
        return lists.changesOf(FriendshipList.BLOCK_LIST, blocker, 0, Long.MAX_VALUE, 100);
    }

    @Test
    void aTransactionsChangesAreNumberedAtCommitInTheirOrderTheLatestOfEachItemKept() {
        UserId blocker = aUser();
        UserId first = aUser();
        UserId second = aUser();

        transactions.executeWithoutResult(status -> {
            block(blocker, first);
            block(blocker, second);
            unblock(blocker, first);
            assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker)).isEqualTo(ListVersion.UNCHANGED);
        });

        assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker)).isEqualTo(new ListVersion(2, 0));
        assertThat(changesOf(blocker)).containsExactly(new ItemChange(second.value(), 1, false),
                new ItemChange(first.value(), 2, true));
    }

    @Test
    void aListsNextVersionWaitsForTheCommitOfTheOneBefore() throws Exception {
        UserId blocker = aUser();
        CountDownLatch firstNumbered = new CountDownLatch(1);
        AtomicLong beforeFirstCommit = new AtomicLong();

        List<Long> finished = Simultaneously.run(List.<Callable<Long>>of(() -> {
            transactions.executeWithoutResult(status -> {
                block(blocker, aUser());
                jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
                firstNumbered.countDown();
                // Meanwhile the second writer commits its change and waits for this transaction's counter row.
                sleep();
                assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker).version()).isEqualTo(1);
                beforeFirstCommit.set(System.nanoTime());
            });
            return beforeFirstCommit.get();
        }, () -> {
            Simultaneously.await(firstNumbered);
            block(blocker, aUser());
            return System.nanoTime();
        }));

        assertThat(finished.get(1)).as("the second commit ends after the first began").isGreaterThan(finished.get(0));
        assertThat(changesOf(blocker)).extracting(ItemChange::version).containsExactly(1L, 2L);
        assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker).version()).isEqualTo(2);
    }

    @Test
    void aTrimmingRoundForgetsAtMostItsLimitOfOldRemovalsAndMarksTheHighestForgotten() {
        // Rounds trim every list: first forget what earlier tests removed, so the rounds below meet only these.
        Instant before = Instant.now();
        while (lists.trimRemovalsBefore(before, 1000) > 0) {
            // each round forgets up to its limit
        }
        UserId blocker = aUser();
        List<UserId> blocked = List.of(aUser(), aUser(), aUser(), aUser());
        blocked.forEach(user -> block(blocker, user));
        blocked.subList(0, 3).forEach(user -> unblock(blocker, user));

        assertThat(lists.trimRemovalsBefore(before, 10)).isZero();
        assertThat(changesOf(blocker)).hasSize(4);
        Instant later = Instant.now().plusSeconds(1);
        assertThat(lists.trimRemovalsBefore(later, 2)).isEqualTo(2);

        assertThat(changesOf(blocker)).extracting(ItemChange::key)
                .containsExactly(blocked.get(3).value(), blocked.get(2).value());
        assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker)).isEqualTo(new ListVersion(7, 6));
        assertThat(lists.trimRemovalsBefore(later, 2)).isEqualTo(1);
        assertThat(lists.versionOf(FriendshipList.BLOCK_LIST, blocker)).isEqualTo(new ListVersion(7, 7));
        assertThat(changesOf(blocker)).containsExactly(new ItemChange(blocked.get(3).value(), 4, false));
    }

    @Test
    void oneTransactionAtATimeTakesTheTrimmingRound() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);

        List<Boolean> rounds = Simultaneously.run(List.<Callable<Boolean>>of(
                () -> transactions.execute(status -> {
                    boolean round = lists.takeTrimRound();
                    taken.countDown();
                    Simultaneously.await(asked);
                    return round;
                }),
                () -> {
                    Simultaneously.await(taken);
                    boolean round = Boolean.TRUE.equals(transactions.execute(status -> lists.takeTrimRound()));
                    asked.countDown();
                    return round;
                }));

        assertThat(rounds).containsExactly(true, false);
        Boolean afterBoth = transactions.execute(status -> lists.takeTrimRound());
        assertThat(afterBoth).as("the lock ends with its transaction").isTrue();
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
