package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.SqlStatements;

/**
 * A list costs the same number of SQL statements however long it is: groups, members' profiles and applicants'
 * profiles come in batches, not one lookup per row. Each list is asked for twice and the second answer counted, as
 * a client sees it once the server's caches know the caller.
 */
@HttpApiTest
@Import(SqlStatements.class)
class GroupListStatementsApiTest {

    @Autowired
    Api api;
    @Autowired
    SqlStatements statements;
    GroupApi groups;

    @BeforeEach
    void groupRoutes() {
        groups = new GroupApi(api);
    }

    @Test
    void myGroupsTakeAsManyStatementsForOneGroupAsForFour() {
        Account inOne = Accounts.register(api);
        groups.createGroup(inOne);
        Account inFour = Accounts.register(api);
        IntStream.range(0, 4).forEach(i -> groups.createGroup(inFour));

        List<String> forOne = statementsOfSecond(() -> assertThat(groups.myGroups(inOne)).hasSize(1));
        List<String> forFour = statementsOfSecond(() -> assertThat(groups.myGroups(inFour)).hasSize(4));

        assertThat(forFour).as("statements for four groups").hasSameSizeAs(forOne).isNotEmpty();
    }

    @Test
    void theMemberListTakesAsManyStatementsForTwoMembersAsForSix() {
        Account creatorOfSmall = Accounts.register(api);
        String small = groups.createGroup(creatorOfSmall);
        invite(creatorOfSmall, small, 1);
        Account creatorOfLarge = Accounts.register(api);
        String large = groups.createGroup(creatorOfLarge);
        invite(creatorOfLarge, large, 5);

        List<String> forTwo = statementsOfSecond(
                () -> assertThat(groups.memberList(creatorOfSmall, small)).hasSize(2));
        List<String> forSix = statementsOfSecond(
                () -> assertThat(groups.memberList(creatorOfLarge, large)).hasSize(6));

        assertThat(forSix).as("statements for six members").hasSameSizeAs(forTwo).isNotEmpty();
    }

    @Test
    void theJoinRequestListTakesAsManyStatementsForOneRequestAsForFour() {
        Account creatorOfQuiet = Accounts.register(api);
        String quiet = groups.createGroup(creatorOfQuiet);
        groups.apply(Accounts.register(api), quiet);
        Account creatorOfBusy = Accounts.register(api);
        String busy = groups.createGroup(creatorOfBusy);
        IntStream.range(0, 4).forEach(i -> groups.apply(Accounts.register(api), busy));

        List<String> forOne = statementsOfSecond(
                () -> assertThat(groups.requestsOfGroup(creatorOfQuiet, quiet)).hasSize(1));
        List<String> forFour = statementsOfSecond(
                () -> assertThat(groups.requestsOfGroup(creatorOfBusy, busy)).hasSize(4));

        assertThat(forFour).as("statements for four requests").hasSameSizeAs(forOne).isNotEmpty();
    }

    private void invite(Account creator, String group, int newMembers) {
        IntStream.range(0, newMembers)
                .forEach(i -> assertThat(groups.inviteAndAccept(creator, group, Accounts.register(api)).status())
                        .isEqualTo(200));
    }

    private List<String> statementsOfSecond(Runnable request) {
        request.run();
        return statements.sentDuring(request);
    }
}
