package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hichat.friendship.FriendshipApi;
import io.hichat.group.GroupApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ServerProcess;
import io.hichat.testing.TestDatabase;

/**
 * A crash between the deletion's commit and the clean-up loses nothing: the built server (target/hichat.jar, started
 * as its own process) deletes an account while this test holds the rows both listeners need, so they are caught
 * mid-way; the process is killed with SIGKILL, the rows let go, and a new process finds the publications stale,
 * marks them failed and resubmits them (staleness shortened to seconds here), and finishes the clean-up. Five
 * rounds, each against the server the last one started.
 * Run by failsafe after the jar is packaged ({@code ./mvnw verify}).
 */
class AccountDeletionCrashIT {

    private static final int ROUNDS = 5;

    private final String database = TestDatabase.createScratchDatabase("hichat_crash");
    private ServerProcess server;
    private Api api;
    private int starts;

    @AfterEach
    void stopTheServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void aServerKilledAfterTheDeletionCommitsFinishesTheCleanUpWhenRestarted() throws Exception {
        start();
        int losses = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            if (!crashMidCleanUpAndRecover(round)) {
                losses++;
            }
        }
        assertThat(losses).as("rounds whose clean-up was lost").isZero();
    }

    /** Says whether the account was cleaned up after the crash, and prints how long it took. */
    private boolean crashMidCleanUpAndRecover(int round) throws Exception {
        FriendshipApi friendship = new FriendshipApi(api);
        GroupApi groups = new GroupApi(api);
        Account deleted = Accounts.register(api);
        Account friend = Accounts.register(api);
        Account member = Accounts.register(api);
        friendship.befriend(deleted, friend);
        String group = groups.groupWith(deleted, member);

        try (Connection holder = TestDatabase.server().connectTo(database)) {
            holder.setAutoCommit(false);
            hold(holder, "SELECT 1 FROM friendship.friendships WHERE user_low = %d AND user_high = %d FOR UPDATE"
                    .formatted(Math.min(id(deleted), id(friend)), Math.max(id(deleted), id(friend))));
            hold(holder, "SELECT 1 FROM groups.chat_groups WHERE id = " + group + " FOR UPDATE");

            assertThat(api.delete("/api/v1/user?password=" + deleted.password()).bearer(deleted.token()).send()
                    .status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> publications(deleted, "status = 'PROCESSING'") == 2);

            server.kill();
            holder.rollback();
        }
        long restarted = System.nanoTime();
        start();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                    publications(deleted, "true") == 0 && count("SELECT 1 FROM friendship.friends WHERE user_id = "
                            + id(deleted) + " OR friend_id = " + id(deleted)) == 0
                            && count("SELECT 1 FROM groups.members WHERE group_id = " + group + " AND user_id = "
                                    + member.id() + " AND role_level = 2") == 1);
        } catch (ConditionTimeoutException lost) {
            System.out.printf("crash round %d: the clean-up was not finished 30 s after the restart%n", round);
            return false;
        }
        System.out.printf("crash round %d: cleaned up %d ms after the restart began%n", round,
                (System.nanoTime() - restarted) / 1_000_000);
        return count("SELECT 1 FROM modulith.event_publication WHERE completion_date IS NULL") == 0;
    }

    private void start() throws IOException {
        server = ServerProcess.start("crash-" + ++starts, database, ServerProcess.QUICK_RECOVERY);
        api = server.api();
    }

    private static void hold(Connection holder, String lock) throws SQLException {
        try (Statement statement = holder.createStatement()) {
            assertThat(statement.executeQuery(lock).next()).as(lock).isTrue();
        }
    }

    private long publications(Account account, String condition) {
        return count("SELECT 1 FROM modulith.event_publication WHERE " + condition
                + " AND serialized_event LIKE '%\"userId\":" + account.id() + "}%'");
    }

    private long count(String sql) {
        return TestDatabase.server().count(database, sql);
    }

    private static long id(Account account) {
        return Long.parseLong(account.id());
    }
}
