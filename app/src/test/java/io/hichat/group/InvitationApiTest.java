package io.hichat.group;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.ROUNDS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.friendship.FriendshipApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;
import tools.jackson.databind.JsonNode;

/**
 * Contract §12.1 over HTTP: an invitation waits for its invitee, who alone accepts or declines it; its inviter alone
 * cancels it; it admits only on acceptance, as §6 says an invitation by that inviter admits, under the size limit.
 * The group has a creator, a manager and a plain member; the invitee and a stranger belong to it not. Answers racing
 * each other, a cancellation, a dismissal and the size limit, {@value Simultaneously#RACERS} requests at once,
 * {@value Simultaneously#ROUNDS} rounds each, end as some serial order of them would, the rows checked each round.
 */
@HttpApiTest
class InvitationApiTest {

    private static final String EMPTY = "{}";
    private static final int ACCEPT = 1;
    private static final int DECLINE = 2;
    private static final int CANCEL = 3;

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    GroupApi groups;
    Account creator;
    Account manager;
    Account member;
    Account invitee;
    Account stranger;
    String group;

    @BeforeEach
    void aGroupAndAUserToInvite() {
        groups = new GroupApi(api);
        creator = Accounts.register(api);
        manager = Accounts.register(api);
        member = Accounts.register(api);
        invitee = Accounts.register(api);
        stranger = Accounts.register(api);
        group = groups.groupWith(creator, manager, member);
        done(groups.setRole(creator, group, manager, 1));
    }

    private static void done(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(EMPTY);
    }

    /** The invitation's row: its state and its inviter. */
    private String stored(String invitation) {
        return jdbc.queryForObject("select state || ' by ' || inviter_id from groups.invitations where id = ?",
                String.class, Long.parseLong(invitation));
    }

    private int invitationsOf(Account user) {
        return jdbc.queryForObject("select count(*) from groups.invitations where group_id = ? and invitee_id = ?",
                Integer.class, Long.parseLong(group), Long.parseLong(user.id()));
    }

    private JsonNode onlyInvitationOf(Account user) {
        JsonNode list = groups.invitationList(user);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void anInvitationWaitsListedForTheInviteeWhoBecomesAMemberOnlyByAccepting() {
        ApiResponse invited = groups.invite(creator, group, invitee.id());

        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.json().get("group_id").asLong()).isEqualTo(Long.parseLong(group));
        String invitation = invited.json().get("invitation_id").stringValue();
        assertThat(stored(invitation)).isEqualTo("0 by " + creator.id());
        assertThat(groups.isMember(invitee, group)).isFalse();
        assertThat(groups.memberList(creator, group)).hasSize(3);
        JsonNode listed = onlyInvitationOf(invitee);
        assertThat(listed.propertyNames()).containsExactlyInAnyOrder("id", "group", "inviter", "created_time",
                "handle_result");
        assertThat(listed.get("id").stringValue()).isEqualTo(invitation);
        assertThat(listed.get("group").get("id").stringValue()).isEqualTo(group);
        assertThat(listed.get("group").get("create_uid").stringValue()).isEqualTo(creator.id());
        assertThat(listed.get("inviter").get("id").stringValue()).isEqualTo(creator.id());
        assertThat(listed.get("inviter").propertyNames()).containsExactlyInAnyOrder("id", "nickname", "sex",
                "avatar", "Introduction");
        assertThat(listed.get("created_time").asLong()).isPositive();
        assertThat(listed.get("handle_result").asInt()).isZero();
        assertThat(groups.invitationList(creator)).as("an inviter's sent invitations are not theirs").isEmpty();

        done(groups.answer(invitee, invitation, ACCEPT));

        assertThat(groups.isMember(invitee, group)).isTrue();
        assertThat(stored(invitation)).isEqualTo("1 by " + creator.id());
        assertThat(onlyInvitationOf(invitee).get("handle_result").asInt()).isEqualTo(1);
        JsonNode newMember = groups.memberList(creator, group).get(3);
        assertThat(newMember.get("user").get("id").stringValue()).isEqualTo(invitee.id());
        assertThat(newMember.get("inviter_uid").stringValue()).isEqualTo(creator.id());
    }

    @Test
    void aManagersAcceptedInvitationAdmitsToo() {
        done(groups.inviteAndAccept(manager, group, invitee));

        assertThat(groups.isMember(invitee, group)).isTrue();
    }

    @Test
    void aDeclinedInvitationAdmitsNobodyAndReadsRefused() {
        String invitation = groups.invitationOf(creator, group, invitee);

        done(groups.answer(invitee, invitation, DECLINE));

        assertThat(groups.isMember(invitee, group)).isFalse();
        assertThat(stored(invitation)).startsWith("2 ");
        assertThat(onlyInvitationOf(invitee).get("handle_result").asInt()).isEqualTo(2);
    }

    @Test
    void theInviterCancelsAndTheInviteeCannot() {
        String invitation = groups.invitationOf(member, group, invitee);

        assertThat(groups.answer(invitee, invitation, CANCEL).error(403, 100001)).contains("only its inviter");
        assertThat(groups.answer(creator, invitation, CANCEL).error(403, 100001)).contains("only the user who sent");
        assertThat(stored(invitation)).startsWith("0 ");
        done(groups.answer(member, invitation, CANCEL));

        assertThat(onlyInvitationOf(invitee).get("handle_result").asInt()).isEqualTo(3);
        assertThat(groups.answer(invitee, invitation, ACCEPT).error(409, 100001)).contains("no longer pending");
        assertThat(groups.isMember(invitee, group)).isFalse();
    }

    @Test
    void aSecondInvitationWhileOneIsPendingIsThatOneFromWhomeverItComes() {
        String first = groups.invitationOf(member, group, invitee);

        assertThat(groups.invitationOf(creator, group, invitee)).isEqualTo(first);
        assertThat(groups.invitationOf(member, group, invitee)).isEqualTo(first);

        assertThat(invitationsOf(invitee)).isEqualTo(1);
        done(groups.answer(invitee, first, DECLINE));
        assertThat(groups.invitationOf(creator, group, invitee)).isNotEqualTo(first);
        assertThat(invitationsOf(invitee)).isEqualTo(2);
    }

    @Test
    void aPlainMembersAcceptedInvitationBecomesAJoinRequestNamingThemForTheAdmins() {
        done(groups.inviteAndAccept(member, group, invitee));

        assertThat(groups.isMember(invitee, group)).isFalse();
        JsonNode request = groups.requestsOfGroup(creator, group).get(0);
        assertThat(request.get("user").get("id").stringValue()).isEqualTo(invitee.id());
        assertThat(request.get("join_source").asInt()).isEqualTo(2);
        assertThat(request.get("inviter_user_id").stringValue()).isEqualTo(member.id());
        assertThat(request.get("handle_result").asInt()).isZero();

        done(groups.handle(manager, request.get("id").asLong(), group, 1));
        assertThat(groups.isMember(invitee, group)).isTrue();
    }

    @Test
    void aPlainMembersAcceptedInvitationIntoAGroupWithoutVerificationAdmitsNamingThem() {
        done(groups.update(creator, "{\"group_id\":\"" + group + "\",\"is_verify\":false}"));

        done(groups.inviteAndAccept(member, group, invitee));

        assertThat(groups.isMember(invitee, group)).isTrue();
        assertThat(groups.memberList(creator, group).get(3).get("inviter_uid").stringValue()).isEqualTo(member.id());
    }

    @Test
    void aUserWhoBlockedTheInviterCannotBeInvitedByThemAndIsNotToldWhy() {
        FriendshipApi friendship = new FriendshipApi(api);
        assertThat(friendship.block(invitee, member).status()).isEqualTo(200);

        String refusal = groups.invite(member, group, invitee.id()).error(403, 100001);

        assertThat(refusal).isEqualTo("you cannot invite this user");
        assertThat(invitationsOf(invitee)).isZero();
        assertThat(groups.invitationOf(creator, group, invitee)).as("another member still may").isNotEqualTo("0");
        assertThat(friendship.unblock(invitee, member).status()).isEqualTo(200);
    }

    @Test
    void nobodyButTheInviteeAcceptsOrDeclinesAndNothingChanges() {
        String invitation = groups.invitationOf(creator, group, invitee);

        groups.answer(stranger, invitation, ACCEPT).error(403, 100001);
        groups.answer(creator, invitation, ACCEPT).error(403, 100001);
        groups.answer(member, invitation, DECLINE).error(403, 100001);
        groups.answer(stranger, invitation, CANCEL).error(403, 100001);

        assertThat(stored(invitation)).startsWith("0 ");
        assertThat(groups.isMember(stranger, group)).isFalse();
        assertThat(groups.isMember(invitee, group)).isFalse();
    }

    @Test
    void aSecondAnswerIsAConflictAndAStrangerIsToldNoFirst() {
        String invitation = groups.invitationOf(creator, group, invitee);
        done(groups.answer(invitee, invitation, ACCEPT));

        groups.answer(invitee, invitation, ACCEPT).error(409, 100001);
        groups.answer(invitee, invitation, DECLINE).error(409, 100001);
        groups.answer(creator, invitation, CANCEL).error(409, 100001);
        groups.answer(stranger, invitation, ACCEPT).error(403, 100001);

        assertThat(stored(invitation)).startsWith("1 ");
        assertThat(groups.memberList(creator, group)).hasSize(4);
    }

    @Test
    void anAcceptanceIntoAFullGroupIsAConflictThatAdmitsNobodyAndLeavesTheInvitationPending() {
        String invitation = groups.invitationOf(creator, group, invitee);
        jdbc.update("update groups.chat_groups set max_members = member_count where id = ?", Long.parseLong(group));

        assertThat(groups.answer(invitee, invitation, ACCEPT).error(409, 100001)).contains("is full");

        assertThat(groups.isMember(invitee, group)).isFalse();
        assertThat(stored(invitation)).startsWith("0 ");
        groups.quit(member, group);
        done(groups.answer(invitee, invitation, ACCEPT));
        assertThat(groups.isMember(invitee, group)).isTrue();
    }

    @Test
    void aDismissedGroupsPendingInvitationsEndRefusedAndKeepTheGroupsId() {
        String invitation = groups.invitationOf(member, group, invitee);

        done(groups.dismiss(creator, group));

        assertThat(stored(invitation)).startsWith("4 ");
        JsonNode listed = onlyInvitationOf(invitee);
        assertThat(listed.get("handle_result").asInt()).isEqualTo(2);
        assertThat(listed.get("group").get("id").stringValue()).isEqualTo(group);
        assertThat(listed.get("group").get("create_uid").stringValue()).isEqualTo("0");
        groups.answer(invitee, invitation, ACCEPT).error(409, 100001);
    }

    @Test
    void invitingAMemberOrSomeoneWhoAskedToJoinRecordsNoInvitation() {
        assertThat(groups.invitationOf(creator, group, member)).isEqualTo("0");
        groups.apply(invitee, group);
        assertThat(groups.invitationOf(member, group, invitee)).isEqualTo("0");

        assertThat(invitationsOf(member)).as("only the one they joined by").isEqualTo(1);
        assertThat(invitationsOf(invitee)).isZero();
        assertThat(groups.isMember(invitee, group)).as("a plain member approves nothing").isFalse();
    }

    @Test
    void theListIsNewestFirstFilteredByResultAndPaged() {
        String declined = groups.invitationOf(creator, group, invitee);
        done(groups.answer(invitee, declined, DECLINE));
        String other = groups.createGroup(stranger);
        String pending = groups.invitationOf(stranger, other, invitee);
        String third = groups.createGroup(member);
        String cancelled = groups.invitationOf(member, third, invitee);
        done(groups.answer(member, cancelled, CANCEL));

        assertThat(groups.invitationList(invitee).valueStream().map(item -> item.get("id").stringValue()))
                .containsExactly(cancelled, pending, declined);
        assertThat(groups.invitations(invitee, "?type=0&type=2").okField("list").valueStream()
                .map(item -> item.get("id").stringValue())).containsExactly(pending, declined);
        ApiResponse firstPage = groups.invitations(invitee, "?page_size=2");
        assertThat(firstPage.okField("list")).hasSize(2);
        String token = firstPage.json().get("next_page_token").stringValue();
        assertThat(groups.invitations(invitee, "?page_size=2&page_token=" + token).okField("list").valueStream()
                .map(item -> item.get("id").stringValue())).containsExactly(declined);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"invitation_id\":\"1\"}", "{\"handle_result\":1}",
            "{\"invitation_id\":\"x\",\"handle_result\":1}", "{\"invitation_id\":\"-1\",\"handle_result\":1}",
            "{\"invitation_id\":true,\"handle_result\":1}", "{\"invitation_id\":\"1\",\"handle_result\":0}",
            "{\"invitation_id\":\"1\",\"handle_result\":4}", "{\"invitation_id\":\"1\",\"handle_result\":\"1\"}",
            "{\"invitation_id\":\"1\",\"handle_result\":1.5}", "{\"invitation_id\":[1],\"handle_result\":1}",
            "{\"invitation_id\":\"1\",\"handle_result\":1", "[]" })
    void anAnswerOutsideTheRulesIsRefusedAndChangesNothing(String body) {
        String invitation = groups.invitationOf(creator, group, invitee);

        groups.answer(invitee, body.replace("\"1\"", "\"" + invitation + "\"")).error(400, 100002);

        assertThat(stored(invitation)).startsWith("0 ");
    }

    @Test
    void anAnswerToAnUnknownInvitationOrWithoutATokenIsRefused() {
        groups.answer(invitee, "999999999", ACCEPT).error(404, 100001);
        api.put("/v1/social/group/invitation").json("{\"invitation_id\":\"1\",\"handle_result\":1}").send()
                .error(401, 100003);
        api.get("/v1/social/group/invitations").send().error(401, 100003);
    }

    @ParameterizedTest
    @ValueSource(strings = { "?type=4", "?type=-1", "?type=x", "?type=1.5", "?page_size=0", "?page_size=x",
            "?page_token=garbled" })
    void aListOutsideTheRulesIsRefused(String query) {
        groups.invitations(invitee, query).error(400, 100002);
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

    // races: RACERS requests at once, ROUNDS rounds each, the rows checked after each round

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
        jdbc.update("update groups.chat_groups set max_members = member_count + ? where id = ?", room,
                Long.parseLong(group));
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
                .isEqualTo(3 + room);
        assertThat(count("select member_count from groups.chat_groups where id = ?", Long.parseLong(group)))
                .isEqualTo(3 + room);
        for (int i = 0; i < RACERS; i++) {
            assertThat(state(invitations.get(i))).isEqualTo(statuses.get(i) == 200 ? 1 : 0);
            assertThat(membershipsOf(invitees.get(i))).isEqualTo(statuses.get(i) == 200 ? 1 : 0);
        }
    }
}
