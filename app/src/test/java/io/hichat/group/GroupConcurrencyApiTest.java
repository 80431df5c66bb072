package io.hichat.group;

import static io.hichat.testing.Simultaneously.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;

/** The same decision, or the same request, sent many times at once counts once. */
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

    @Test
    void twelveSimultaneousApprovalsGiveOne200ElevenConflictsAndOneMembership() throws Exception {
        GroupApi groups = new GroupApi(api);
        Account creator = Accounts.register(api);
        Account applicant = Accounts.register(api);
        String group = groups.createGroup(creator);
        groups.apply(applicant, group);
        long request = groups.pendingRequestOf(creator, group);

        List<Integer> statuses = statuses(Simultaneously.repeat(12, () -> groups.handle(creator, request, group, 1)));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(11);
        assertThat(memberships(group, applicant)).isEqualTo(1);
    }

    @Test
    void simultaneousIdenticalApplicationsLeaveOnePendingRequest() throws Exception {
        GroupApi groups = new GroupApi(api);
        Account creator = Accounts.register(api);
        Account applicant = Accounts.register(api);
        String group = groups.createGroup(creator);

        List<Integer> statuses = statuses(Simultaneously.repeat(12, () -> groups.apply(applicant, group)));

        assertThat(statuses).containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from groups.join_requests where group_id = ? and "
                + "applicant_id = ?", Integer.class, Long.parseLong(group), Long.parseLong(applicant.id())))
                .isEqualTo(1);
    }

    @Test
    void simultaneousInvitationsByTheCreatorMakeOneMembership() throws Exception {
        GroupApi groups = new GroupApi(api);
        Account creator = Accounts.register(api);
        Account invitee = Accounts.register(api);
        String group = groups.createGroup(creator);

        List<Integer> statuses = statuses(Simultaneously.repeat(12,
                () -> groups.invite(creator, group, invitee.id())));

        assertThat(statuses).containsOnly(200);
        assertThat(memberships(group, invitee)).isEqualTo(1);
    }
}
