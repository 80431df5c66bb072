package io.hichat.group;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.ROUNDS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * Answers to invitations racing each other, a cancellation, a dismissal and the size limit,
 * {@value Simultaneously#RACERS} requests at once, {@value Simultaneously#ROUNDS} rounds each, the rows checked after
 * each round: every outcome is one some serial order of the requests gives.
 */
@HttpApiTest
class InvitationConcurrencyApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;
    Account creator;
    Account invitee;
    String group;

    @BeforeEach
    void aGroupAndAnInvitee() {
        groups = new GroupApi(api);
        creator = Accounts.register(api);
        invitee = Accounts.register(api);
        group = groups.createGroup(creator);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private int membershipsOf(Account user) {
        return count("select count(*) from groups.members where group_id = ? and user_id = ?", Long.parseLong(group),
                Long.parseLong(user.id()));
    }

    private int state(String invitation) {
        return count("select state from groups.invitations where id = ?", Long.parseLong(invitation));
    }

    @RepeatedTest(ROUNDS)
    void anAcceptanceRacingItsCancellationEndsAsWhicheverCameFirst() throws Exception {
        String invitation = groups.invitationOf(creator, group, invitee);

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS, client -> client % 2 == 0
                ? () -> groups.answer(invitee, invitation, 1) : () -> groups.answer(creator, invitation, 3)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
        assertThat(state(invitation)).isIn(1, 3);
        assertThat(membershipsOf(invitee)).isEqualTo(state(invitation) == 1 ? 1 : 0);
    }

    @RepeatedTest(ROUNDS)
    void acceptancesOfOneInvitationAtOnceAdmitOnceAndConflictOtherwise() throws Exception {
        String invitation = groups.invitationOf(creator, group, invitee);

        List<Integer> statuses = statuses(Simultaneously.repeat(RACERS, () -> groups.answer(invitee, invitation, 1)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
        assertThat(state(invitation)).isEqualTo(1);
        assertThat(membershipsOf(invitee)).isEqualTo(1);
        assertThat(count("select count(*) from groups.join_requests where group_id = ? and applicant_id = ?",
                Long.parseLong(group), Long.parseLong(invitee.id()))).isEqualTo(1);
    }

    /** Before the dismissal an acceptance admits, and the dismissal then ends the membership; after it, 409. */
    @RepeatedTest(ROUNDS)
    void acceptancesRacingTheGroupsDismissalLeaveNoMemberAndNoPendingInvitation() throws Exception {
        List<Account> invitees = new ArrayList<>();
        List<String> invitations = new ArrayList<>();
        for (int i = 0; i < RACERS - 1; i++) {
            Account user = Accounts.register(api);
            invitees.add(user);
            invitations.add(groups.invitationOf(creator, group, user));
        }

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS, client -> client == 0
                ? () -> groups.dismiss(creator, group)
                : () -> groups.answer(invitees.get(client - 1), invitations.get(client - 1), 1)));

        assertThat(statuses.get(0)).isEqualTo(200);
        assertThat(statuses.subList(1, RACERS)).allSatisfy(status -> assertThat(status).isIn(200, 409));
        assertThat(count("select count(*) from groups.members where group_id = ?", Long.parseLong(group))).isZero();
        assertThat(count("select count(*) from groups.chat_groups where id = ?", Long.parseLong(group))).isZero();
        assertThat(count("select count(*) from groups.invitations where group_id = ? and state = 0",
                Long.parseLong(group))).isZero();
        for (int i = 0; i < invitations.size(); i++) {
            assertThat(state(invitations.get(i))).as("invitation answered %d", statuses.get(i + 1))
                    .isEqualTo(statuses.get(i + 1) == 200 ? 1 : 4);
        }
    }

    @RepeatedTest(ROUNDS)
    void acceptancesPastTheSizeLimitAtOnceAdmitExactlyUpToItAndLeaveTheRestPending() throws Exception {
        int room = 3;
        jdbc.update("update groups.chat_groups set max_members = 1 + ? where id = ?", room, Long.parseLong(group));
        List<Account> invitees = new ArrayList<>();
        List<String> invitations = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Account user = Accounts.register(api);
            invitees.add(user);
            invitations.add(groups.invitationOf(creator, group, user));
        }

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS,
                client -> () -> groups.answer(invitees.get(client), invitations.get(client), 1)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(room);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - room);
        assertThat(count("select count(*) from groups.members where group_id = ?", Long.parseLong(group)))
                .isEqualTo(1 + room);
        assertThat(count("select member_count from groups.chat_groups where id = ?", Long.parseLong(group)))
                .isEqualTo(1 + room);
        for (int i = 0; i < RACERS; i++) {
            assertThat(state(invitations.get(i))).isEqualTo(statuses.get(i) == 200 ? 1 : 0);
            assertThat(membershipsOf(invitees.get(i))).isEqualTo(statuses.get(i) == 200 ? 1 : 0);
        }
    }
}
