package io.hichat.friendship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.SqlStatements;

/**
 * A list costs the same number of SQL statements however long it is: the friends' profiles come in one batch, not
 * one lookup per row. Each list is asked for twice and the second answer counted, as a client sees it once the
 * server's caches know the caller.
 */
@HttpApiTest
@Import(SqlStatements.class)
class FriendshipListStatementsApiTest {

    @Autowired
    Api api;
    @Autowired
    SqlStatements statements;

    @Test
    void theFriendListTakesAsManyStatementsForOneFriendAsForFive() {
        Account withOne = Accounts.register(api);
        befriend(withOne, Accounts.register(api));
        Account withFive = Accounts.register(api);
        IntStream.range(0, 5).forEach(i -> befriend(withFive, Accounts.register(api)));

        List<String> forOne = statementsOfSecond(() -> list(withOne, "/v1/social/friends", 1));
        List<String> forFive = statementsOfSecond(() -> list(withFive, "/v1/social/friends", 5));

        assertThat(forFive).as("statements for five friends").hasSameSizeAs(forOne).isNotEmpty();
    }

    @Test
    void theRequestListTakesAsManyStatementsForOneRequestAsForFive() {
        Account withOne = Accounts.register(api);
        send(Accounts.register(api), withOne);
        Account withFive = Accounts.register(api);
        IntStream.range(0, 5).forEach(i -> send(Accounts.register(api), withFive));

        String received = "/v1/social/friend/putIns?class=2";
        List<String> forOne = statementsOfSecond(() -> list(withOne, received, 1));
        List<String> forFive = statementsOfSecond(() -> list(withFive, received, 5));

        assertThat(forFive).as("statements for five requests").hasSameSizeAs(forOne).isNotEmpty();
    }

    private List<String> statementsOfSecond(Runnable request) {
        request.run();
        return statements.sentDuring(request);
    }

    private void list(Account of, String path, int expectedSize) {
        ApiResponse answer = api.get(path).bearer(of.token()).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("list")).hasSize(expectedSize);
    }

    private void send(Account from, Account to) {
        ApiResponse answer = api.post("/v1/social/friend/putIn").bearer(from.token())
                .json("{\"req_msg\":\"hi\",\"user_uid\":\"" + to.id() + "\"}").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private void befriend(Account one, Account other) {
        send(one, other);
        ApiResponse pending = api.get("/v1/social/friend/putIns?class=2&type=0").bearer(other.token()).send();
        long requestId = pending.json().get("list").get(0).get("id").asLong();
        ApiResponse accepted = api.put("/v1/social/friend/putIn").bearer(other.token())
                .json("{\"friend_req_id\":" + requestId + ",\"handle_result\":1}").send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }
}
