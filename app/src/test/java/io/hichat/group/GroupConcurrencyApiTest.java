package io.hichat.group;

import static io.hichat.testing.Simultaneously.RACERS;
import static io.hichat.testing.Simultaneously.ROUNDS;
import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * The same decision, or the same request, sent many times at once counts once; conflicting ones sent at once end as
 * some serial order of them would. The races are run {@value Simultaneously#ROUNDS} times with
 * {@value Simultaneously#RACERS} requests each, and the rows are checked after each.
 */
@HttpApiTest
class GroupConcurrencyApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private int memberships(String group, Account user) {
        return jdbc.queryForObject("select count(*) from groups.members where group_id = ? and user_id = ?",
                Integer.class, Long.parseLong(group), Long.parseLong(user.id()));
    }

    /**
     * What a serial order of applications, invitations and decisions leaves for a user who ends as a member: one
     * membership, no request of theirs still pending in the group.
     */
    private void assertMemberWithNothingPending(String group, Account user) {
        assertThat(memberships(group, user)).as("memberships of %s in %s", user.id(), group).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from groups.join_requests where group_id = ? and "
                + "applicant_id = ? and handle_result = 0", Integer.class, Long.parseLong(group),
                Long.parseLong(user.id()))).as("pending requests of member %s in %s", user.id(), group).isZero();
    }

    /** A new group and a new user who has not asked to join it yet. */
    private record Outsider(GroupApi groups, Account creator, Account user, String group) {

        /** The user asks to join; the id of their pending request. */
        long applies() {
            groups.apply(user, group);
            return groups.pendingRequestOf(creator, group);
        }
    }

    private Outsider aGroupAndAnOutsider() {
        GroupApi groups = new GroupApi(api);
        Account creator = Accounts.register(api);
        return new Outsider(groups, creator, Accounts.register(api), groups.createGroup(creator));
    }

    @RepeatedTest(ROUNDS)
    void anApprovalRacingTheApplicantsRepeatedRequestsLeavesAMemberWithNothingPending() throws Exception {
        Outsider outsider = aGroupAndAnOutsider();
        long request = outsider.applies();

        assertThat(statuses(Simultaneously.eachClient(RACERS, client -> client == 0
                ? () -> outsider.groups().handle(outsider.creator(), request, outsider.group(), 1)
                : () -> outsider.groups().apply(outsider.user(), outsider.group())))).containsOnly(200);

        assertMemberWithNothingPending(outsider.group(), outsider.user());
    }

    /**
     * An application before any of the creator's invitations is approved by the next one; invitations before any
     * application leave one invitation pending, and the application then waits beside it.
     */
    @RepeatedTest(ROUNDS)
    void applicationsRacingTheCreatorsInvitationsEndAsSomeSerialOrderOfThem() throws Exception {
        Outsider outsider = aGroupAndAnOutsider();

        assertThat(statuses(Simultaneously.eachClient(RACERS, client -> client % 2 == 0
                ? () -> outsider.groups().apply(outsider.user(), outsider.group())
                : () -> outsider.groups().invite(outsider.creator(), outsider.group(), outsider.user().id()))))
                .containsOnly(200);

        assertThat(pendingInvitations(outsider.group(), outsider.user())).isLessThanOrEqualTo(1);
        if (memberships(outsider.group(), outsider.user()) == 1) {
            assertMemberWithNothingPending(outsider.group(), outsider.user());
        } else {
            assertThat(pendingInvitations(outsider.group(), outsider.user())).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from groups.join_requests where group_id = ? and "
                    + "applicant_id = ? and handle_result = 0", Integer.class, Long.parseLong(outsider.group()),
                    Long.parseLong(outsider.user().id()))).isEqualTo(1);
        }
    }

    @Test
    void twelveSimultaneousApprovalsGiveOne200ElevenConflictsAndOneMembership() throws Exception {
        Outsider outsider = aGroupAndAnOutsider();
        long request = outsider.applies();

        List<Integer> statuses = statuses(Simultaneously.repeat(12,
                () -> outsider.groups().handle(outsider.creator(), request, outsider.group(), 1)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(11);
        assertThat(memberships(outsider.group(), outsider.user())).isEqualTo(1);
    }

    @Test
    void simultaneousIdenticalApplicationsLeaveOnePendingRequest() throws Exception {
        Outsider outsider = aGroupAndAnOutsider();

        List<Integer> statuses = statuses(Simultaneously.repeat(12,
                () -> outsider.groups().apply(outsider.user(), outsider.group())));

        assertThat(statuses).containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from groups.join_requests where group_id = ? and "
                + "applicant_id = ?", Integer.class, Long.parseLong(outsider.group()),
                Long.parseLong(outsider.user().id()))).isEqualTo(1);
    }

    @Test
    void simultaneousInvitationsByTheCreatorLeaveOnePendingInvitationAndNoMembership() throws Exception {
        Outsider outsider = aGroupAndAnOutsider();

        List<ApiResponse> answers = Simultaneously.repeat(12,
                () -> outsider.groups().invite(outsider.creator(), outsider.group(), outsider.user().id()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.json().get("invitation_id").stringValue()).distinct())
                .singleElement().isNotEqualTo("0");
        assertThat(pendingInvitations(outsider.group(), outsider.user())).isEqualTo(1);
        assertThat(memberships(outsider.group(), outsider.user())).isZero();
    }

    private int pendingInvitations(String group, Account user) {
        return jdbc.queryForObject("select count(*) from groups.invitations where group_id = ? and invitee_id = ? "
                + "and state = 0", Integer.class, Long.parseLong(group), Long.parseLong(user.id()));
    }
}
