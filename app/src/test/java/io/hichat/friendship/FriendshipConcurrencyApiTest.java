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
 * The same request, or the same decision, sent many times at once counts once; conflicting ones sent at once end as
 * some serial order of them would. The races are run {@value Simultaneously#ROUNDS} times with
 * {@value Simultaneously#RACERS} requests each, and the rows are checked after each.
 */
@HttpApiTest
class FriendshipConcurrencyApiTest {

    private static final int CLIENTS = 16;

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    FriendshipApi friendship;

    @BeforeEach
    void friendshipRoutes() {
        friendship = new FriendshipApi(api);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private long pendingRequestTo(Account recipient) {
        return jdbc.queryForObject("select id from friendship.friend_requests where recipient_id = ? and "
                + "handle_result = 0", Long.class, Long.parseLong(recipient.id()));
    }

    /**
     * What a serial order of requests and decisions leaves between two users who end as friends: one entry in each
     * friend list, no request still pending between them, and exactly one accepted request.
     */
    private void assertFriendsWithNothingPending(Account one, Account other) {
        assertOneEntryEachWay(one, other);
        long a = Long.parseLong(one.id());
        long b = Long.parseLong(other.id());
        String betweenThem = " from friendship.friend_requests where ((applicant_id = ? and recipient_id = ?) or "
                + "(applicant_id = ? and recipient_id = ?))";
        assertThat(count("select count(*)" + betweenThem + " and handle_result = 0", a, b, b, a))
                .as("pending requests between friends %s and %s", a, b).isZero();
        assertThat(count("select count(*)" + betweenThem + " and handle_result = 1", a, b, b, a))
                .as("accepted requests between %s and %s", a, b).isEqualTo(1);
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
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);

        assertThat(statuses(Simultaneously.eachClient(RACERS,
                client -> client % 2 == 0 ? () -> friendship.send(alice, bob) : () -> friendship.send(bob, alice))))
                .containsOnly(200);

        assertFriendsWithNothingPending(alice, bob);
    }

    @RepeatedTest(ROUNDS)
    void anAcceptRacingTheApplicantsRepeatedRequestsLeavesFriendsWithNothingPending() throws Exception {
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
        friendship.send(alice, bob);
        long request = pendingRequestTo(bob);

        assertThat(statuses(Simultaneously.eachClient(RACERS,
                client -> client == 0 ? () -> friendship.handle(bob, request, 1) : () -> friendship.send(alice, bob))))
                .containsOnly(200);

        assertFriendsWithNothingPending(alice, bob);
    }

    @Test
    void sixteenSimultaneousAcceptsGiveOne200FifteenConflictsAndOnePairOfRows() throws Exception {
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
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
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);

        List<Integer> statuses = statuses(Simultaneously.repeat(CLIENTS, () -> friendship.send(alice, bob)));

        assertThat(statuses).containsOnly(200);
        assertThat(count("select count(*) from friendship.friend_requests where applicant_id = ? and recipient_id = ?",
                Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isEqualTo(1);
    }

    @Test
    void simultaneousCrossingRequestsMakeOneFriendship() throws Exception {
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
        List<ApiResponse> answers = Simultaneously.run(List.of(() -> friendship.send(alice, bob),
                () -> friendship.send(bob, alice)));

        assertThat(statuses(answers)).containsOnly(200);

        assertThat(count("select count(*) from friendship.friend_requests where handle_result = 0 and "
                + "(applicant_id in (?, ?))", Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isZero();
        assertThat(count("select count(*) from friendship.friends where user_id in (?, ?)",
                Long.parseLong(alice.id()), Long.parseLong(bob.id()))).isEqualTo(2);
    }
}
