package io.hichat.friendship;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.ROUNDS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * Ending a friendship and blocking race other writes between the same two users, {@value Simultaneously#RACERS}
 * requests at once for {@value Simultaneously#ROUNDS} rounds, as {@link FriendshipConcurrencyApiTest} runs them; the
 * rows after each round are ones a serial order leaves: a friendship with both its entries or none of it, and never
 * beside a block.
 */
@HttpApiTest
class FriendshipLifecycleConcurrencyApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    FriendshipApi friendship;
    Account alice;
    Account bob;

    @BeforeEach
    void twoUsers() {
        friendship = new FriendshipApi(api);
        alice = Accounts.register(api);
        bob = Accounts.register(api);
    }

    /** The count of a query whose four parameters are Alice, Bob, Bob, Alice: see {@link #eitherWay}. */
    private int count(String sql) {
        long a = Long.parseLong(alice.id());
        long b = Long.parseLong(bob.id());
        return jdbc.queryForObject(sql, Integer.class, a, b, b, a);
    }

    /** The condition that the two columns hold Alice and Bob, either way round. */
    private static String eitherWay(String one, String other) {
        return "((" + one + " = ? and " + other + " = ?) or (" + one + " = ? and " + other + " = ?))";
    }

    private int friendshipRows() {
        return count("select count(*) from friendship.friendships where " + eitherWay("user_low", "user_high"));
    }

    private int friendEntries() {
        return count("select count(*) from friendship.friends where " + eitherWay("user_id", "friend_id"));
    }

    private int blocks() {
        return count("select count(*) from friendship.blocks where " + eitherWay("blocker_id", "blocked_id"));
    }

    private int pendingRequests() {
        return count("select count(*) from friendship.friend_requests where handle_result = 0 and "
                + eitherWay("applicant_id", "recipient_id"));
    }

    /** Both entries with their friendship, or none of the three. */
    private void assertWholeOrNoFriendship() {
        assertThat(friendEntries()).as("entries").isEqualTo(2 * friendshipRows());
        assertThat(friendshipRows()).as("friendships").isLessThanOrEqualTo(1);
        assertThat(pendingRequests()).as("pending requests").isLessThanOrEqualTo(1);
    }

    private long pendingRequestTo(Account recipient) {
        return friendship.received(recipient).get(0).get("id").asLong();
    }

    @RepeatedTest(ROUNDS)
    void deletesOfOneFriendshipAtOnceEndItOnce() throws Exception {
        friendship.befriend(alice, bob);

        List<ApiResponse> answers = Simultaneously.repeat(RACERS, () -> friendship.unfriend(alice, bob));

        assertThat(statuses(answers)).containsOnly(200);
        assertThat(friendshipRows()).isZero();
        assertThat(friendEntries()).isZero();
    }

    @RepeatedTest(ROUNDS)
    void deletesRacingACrossingRequestLeaveAWholeFriendshipOrNone() throws Exception {
        friendship.send(alice, bob);

        assertThat(statuses(Simultaneously.eachClient(RACERS,
                client -> client % 2 == 0 ? () -> friendship.send(bob, alice) : () -> friendship.unfriend(alice, bob))))
                .containsOnly(200);

        assertWholeOrNoFriendship();
        assertThat(count("select count(*) from friendship.friend_requests where handle_result = 1 and "
                + eitherWay("applicant_id", "recipient_id"))).as("the crossing request made them friends once")
                .isEqualTo(1);
    }

    @RepeatedTest(ROUNDS)
    void blocksRacingAnAcceptLeaveTheBlockAndNoFriendship() throws Exception {
        friendship.send(alice, bob);
        long request = pendingRequestTo(bob);

        List<ApiResponse> answers = Simultaneously.eachClient(RACERS, client -> client == 0
                ? () -> friendship.handle(bob, request, 1)
                : client % 2 == 0 ? () -> friendship.block(alice, bob) : () -> friendship.block(bob, alice));

        assertThat(answers.get(0).status()).as("the accept, before the blocks or after one")
                .isIn(200, 409);
        assertThat(statuses(answers.subList(1, answers.size()))).containsOnly(200);
        assertThat(blocks()).isEqualTo(2);
        assertThat(friendshipRows()).isZero();
        assertThat(friendEntries()).isZero();
        assertThat(pendingRequests()).isZero();
    }

    @RepeatedTest(ROUNDS)
    void aBlockRacingRequestsFromTheBlockedUserLeavesNothingPending() throws Exception {
        List<ApiResponse> answers = Simultaneously.eachClient(RACERS,
                client -> client == 0 ? () -> friendship.block(alice, bob) : () -> friendship.send(bob, alice));

        assertThat(statuses(answers.subList(1, answers.size()))).as("sent before the block, or refused after it")
                .allSatisfy(status -> assertThat(status).isIn(200, 403));
        assertThat(blocks()).isEqualTo(1);
        assertThat(pendingRequests()).isZero();
        assertThat(friendshipRows()).isZero();
    }
}
