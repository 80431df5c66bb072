package io.hichat.group;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/**
 * Group administration racing itself and admissions, {@value Simultaneously#RACERS} requests at once,
 * {@value #ROUNDS} rounds each, the rows checked after each round: exactly one creator, who is a member; no member of
 * a dismissed group; never more members than the limit, here 5.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.group.max-members=5" })
@Import(HttpApiTest.ApiConfiguration.class)
class GroupAdministrationConcurrencyApiTest {

    static final int ROUNDS = 10;

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;
    Account creator;
    Account first;
    Account second;

    @BeforeEach
    void threeUsers() {
        groups = new GroupApi(api);
        creator = Accounts.register(api);
        first = Accounts.register(api);
        second = Accounts.register(api);
    }

    private int count(String sql, String group) {
        return jdbc.queryForObject(sql, Integer.class, Long.parseLong(group));
    }

    /** One member of role 2, the group's creator. */
    private void assertOneCreatorWhoIsAMember(String group) {
        assertThat(count("select count(*) from groups.members where group_id = ? and role_level = 2", group))
                .as("creators").isEqualTo(1);
        assertThat(count("select count(*) from groups.members m join groups.chat_groups g on g.id = m.group_id "
                + "where g.id = ? and m.user_id = g.creator_id and m.role_level = 2", group))
                .as("the group's creator among its members").isEqualTo(1);
        assertThat(count("select member_count - (select count(*) from groups.members where group_id = g.id) "
                + "from groups.chat_groups g where id = ?", group)).as("member_count against the rows").isZero();
    }

    private String roleOf(String group, Account user) {
        return jdbc.queryForList("select role_level from groups.members where group_id = ? and user_id = ?",
                Short.class, Long.parseLong(group), Long.parseLong(user.id())).toString();
    }

    @RepeatedTest(ROUNDS)
    void transfersToTwoMembersAtOnceLeaveExactlyOneCreator() throws Exception {
        String group = groups.groupWith(creator, first, second);

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS,
                client -> () -> groups.transfer(creator, group, client % 2 == 0 ? first : second)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).containsOnly(403);
        assertOneCreatorWhoIsAMember(group);
        assertThat(roleOf(group, creator)).isEqualTo("[1]");
    }

    @RepeatedTest(ROUNDS)
    void aTransferRacingTheTargetsQuitLeavesACreatorWhoIsAMember() throws Exception {
        String group = groups.groupWith(creator, first);

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS, client -> client % 2 == 0
                ? () -> groups.transfer(creator, group, first) : () -> groups.quit(first, group)));

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 403, 404, 409));
        assertOneCreatorWhoIsAMember(group);
    }

    @RepeatedTest(ROUNDS)
    void aDismissRacingApprovalsAndInvitationsLeavesNoMember() throws Exception {
        String group = groups.createGroup(creator);
        List<Account> applicants = new ArrayList<>();
        for (int i = 0; i < RACERS / 2; i++) {
            Account applicant = Accounts.register(api);
            groups.apply(applicant, group);
            applicants.add(applicant);
        }
        List<Long> requests = new ArrayList<>();
        groups.requestsOfGroup(creator, group).forEach(request -> requests.add(request.get("id").asLong()));

        List<ApiResponse> answers = Simultaneously.eachClient(RACERS, client -> client == 0
                ? () -> groups.dismiss(creator, group)
                : client % 2 == 0 ? () -> groups.handle(creator, requests.get(client / 2 % requests.size()), group, 1)
                : () -> groups.invite(creator, group, Accounts.register(api).id()));

        assertThat(answers.get(0).status()).isEqualTo(200);
        assertThat(count("select count(*) from groups.members where group_id = ?", group)).isZero();
        assertThat(count("select count(*) from groups.join_requests where group_id = ?", group)).isZero();
        assertThat(count("select count(*) from groups.invitations where group_id = ? and state = 0", group)).isZero();
        assertThat(count("select count(*) from groups.chat_groups where id = ?", group)).isZero();
        for (Account applicant : applicants) {
            assertThat(groups.isMember(applicant, group)).isFalse();
        }
    }

    @RepeatedTest(ROUNDS)
    void approvalsAndInvitationsIntoAGroupOneBelowItsLimitAdmitExactlyOne() throws Exception {
        Account third = Accounts.register(api);
        String group = groups.groupWith(creator, first, second, third);
        for (int i = 0; i < RACERS / 2; i++) {
            groups.apply(Accounts.register(api), group);
        }
        List<Long> requests = new ArrayList<>();
        groups.requestsOfGroup(creator, group).forEach(request -> {
            if (request.get("handle_result").asInt() == 0) {
                requests.add(request.get("id").asLong());
            }
        });

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS, client -> {
            long request = requests.get(client / 2 % requests.size());
            return client % 2 == 0 ? () -> groups.handle(creator, request, group, 1)
                    : () -> groups.inviteAndAccept(creator, group, Accounts.register(api));
        }));

        assertThat(count("select count(*) from groups.members where group_id = ?", group)).isEqualTo(5);
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 409));
        assertOneCreatorWhoIsAMember(group);
    }

    @RepeatedTest(ROUNDS)
    void aManagersRemovalRacingItsDemotionLeavesItGone() throws Exception {
        String group = groups.groupWith(creator, first);
        groups.setRole(creator, group, first, 1);

        List<Integer> statuses = statuses(Simultaneously.eachClient(RACERS, client -> client % 2 == 0
                ? () -> groups.remove(creator, group, first) : () -> groups.setRole(creator, group, first, 0)));

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 404));
        assertThat(roleOf(group, first)).isEqualTo("[]");
        assertOneCreatorWhoIsAMember(group);
    }
}
