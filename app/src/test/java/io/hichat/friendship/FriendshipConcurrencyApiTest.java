package io.hichat.friendship;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.ROUNDS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * Writes between the same two users, Alice and Bob, sent at once: the same request, or the same decision, sent many
 * times counts once; conflicting ones (requests, decisions, ending the friendship, blocks) end as some serial order
 * of them would: a friendship with both its entries or none of it, never beside a block. The races are run
 * {@value Simultaneously#ROUNDS} times with {@value Simultaneously#RACERS} requests each, and the rows are checked
 * after each.
 */
@HttpApiTest
class FriendshipConcurrencyApiTest {

    private static final int CLIENTS = 16;

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

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    /** The count of a query whose four parameters are Alice, Bob, Bob, Alice: see {@link #eitherWay}. */
    private int count(String sql) {
        long a = Long.parseLong(alice.id());
        long b = Long.parseLong(bob.id());
        return count(sql, a, b, b, a);
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

    private int acceptedRequests() {
        return count("select count(*) from friendship.friend_requests where handle_result = 1 and "
                + eitherWay("applicant_id", "recipient_id"));
    }

    /** Both entries with their friendship, or none of the three. */
    private void assertWholeOrNoFriendship() {
        assertThat(friendEntries()).as("entries").isEqualTo(2 * friendshipRows());
        assertThat(friendshipRows()).as("friendships").isLessThanOrEqualTo(1);
        assertThat(pendingRequests()).as("pending requests").isLessThanOrEqualTo(1);
    }

    private long pendingRequestTo(Account recipient) {
        return jdbc.queryForObject("select id from friendship.friend_requests where recipient_id = ? and "
                + "handle_result = 0", Long.class, Long.parseLong(recipient.id()));
    }

    /**
     * What a serial order of requests and decisions leaves between two users who end as friends: one entry in each
     * friend list, no request still pending between them, and exactly one accepted request.
     */
    private void assertFriendsWithNothingPending() {
        assertOneEntryEachWay(alice, bob);
        assertThat(pendingRequests()).as("pending requests between the friends").isZero();
        assertThat(acceptedRequests()).as("accepted requests between them").isEqualTo(1);
    }

    /** Exactly one entry in each of the two friend lists, the one user's for the other and the other's back. */
    private void assertOneEntryEachWay(Account one, Account other) {
        long a = Long.parseLong(one.id());
        long b = Long.parseLong(other.id());
        assertThat(count("select count(*) from friendship.friends where user_id = ? and friend_id = ?", a, b))
                .as("%s's entry for %s", a, b).isEqualTo(1);
        assertThat(count("select count(*) from friendship.friends where user_id = ? and friend_id = ?", b, a))
                .as("%s's entry for %s", b, a).isEqualTo(1);
    }

    @RepeatedTest(ROUNDS)
    void crossingRequestsSentAtOnceMakeOneFriendshipAndLeaveNothingPending() throws Exception {

        assertThat(statuses(Simultaneously.eachClient(RACERS,
                client -> client % 2 == 0 ? () -> friendship.send(alice, bob) : () -> friendship.send(bob, alice))))
                .containsOnly(200);

        assertFriendsWithNothingPending();
    }

    @RepeatedTest(ROUNDS)
    void anAcceptRacingTheApplicantsRepeatedRequestsLeavesFriendsWithNothingPending() throws Exception {
        friendship.send(alice, bob);
        long request = pendingRequestTo(bob);

        assertThat(statuses(Simultaneously.eachClient(RACERS,
                client -> client == 0 ? () -> friendship.handle(bob, request, 1) : () -> friendship.send(alice, bob))))
                .containsOnly(200);

        assertFriendsWithNothingPending();
    }

    @Test
    void sixteenSimultaneousAcceptsGiveOne200FifteenConflictsAndOnePairOfRows() throws Exception {
        friendship.send(alice, bob);
        long request = jdbc.queryForObject("select id from friendship.friend_requests where recipient_id = ?",
                Long.class, Long.parseLong(bob.id()));

        List<Integer> statuses = statuses(Simultaneously.repeat(CLIENTS, () -> friendship.handle(bob, request, 1)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        assertThat(count("select count(*) from friendship.friends where friend_request_id = ?", request))
                .isEqualTo(2);
        assertOneEntryEachWay(alice, bob);
    }

    @Test
    void sixteenSimultaneousIdenticalRequestsLeaveOnePendingRequest() throws Exception {

        List<Integer> statuses = statuses(Simultaneously.repeat(CLIENTS, () -> friendship.send(alice, bob)));

        assertThat(statuses).containsOnly(200);
        assertThat(count("select count(*) from friendship.friend_requests where applicant_id = ? and recipient_id = ?",
                Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isEqualTo(1);
    }

    @Test
    void simultaneousCrossingRequestsMakeOneFriendship() throws Exception {
        List<ApiResponse> answers = Simultaneously.run(List.of(() -> friendship.send(alice, bob),
                () -> friendship.send(bob, alice)));

        assertThat(statuses(answers)).containsOnly(200);

        assertThat(count("select count(*) from friendship.friend_requests where handle_result = 0 and "
                + "(applicant_id in (?, ?))", Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isZero();
        assertThat(count("select count(*) from friendship.friends where user_id in (?, ?)",
                Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isEqualTo(2);
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
        assertThat(acceptedRequests()).as("the crossing request made them friends once")
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
