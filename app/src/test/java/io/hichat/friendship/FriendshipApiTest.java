package io.hichat.friendship;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/** Every friendship rule and refusal of the contract, over HTTP, with the document's names and types. */
@HttpApiTest
class FriendshipApiTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    Account alice;
    Account bob;

    @BeforeEach
    void twoStrangers() {
        alice = Accounts.register(api, aRegistration().with("nickname", "爱丽丝"));
        bob = Accounts.register(api, aRegistration().with("nickname", "鲍勃")
                .with("avatar", "http://hichat2.com/user/avatar/101.png"));
    }

    private ApiResponse send(Account from, String toUserId) {
        return api.post("/v1/social/friend/putIn").bearer(from.token())
                .json("{\"req_msg\":\"我是你大学同学\",\"user_uid\":\"" + toUserId + "\",\"req_time\":0}").send();
    }

    private ApiResponse handle(Account by, long requestId, int result) {
        return api.put("/v1/social/friend/putIn").bearer(by.token())
                .json("{\"friend_req_id\":" + requestId + ",\"handle_result\":" + result + "}").send();
    }

    private JsonNode requests(Account of, String query) {
        return api.get("/v1/social/friend/putIns" + query).bearer(of.token()).send().okField("list");
    }

    private JsonNode friends(Account of) {
        return api.get("/v1/social/friends").bearer(of.token()).send().okField("list");
    }

    private long pendingRequestId(Account recipient) {
        return requests(recipient, "?class=2&type=0").get(0).get("id").asLong();
    }

    /** Alice's request to Bob, sent; the id of it, pending. */
    private long aliceAsksBob() {
        send(alice, bob.id());
        return pendingRequestId(bob);
    }

    private void expectEmptyObject(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().isObject()).isTrue();
        assertThat(answer.json().isEmpty()).isTrue();
    }

    private void befriend(Account one, Account other) {
        expectEmptyObject(send(one, other.id()));
        expectEmptyObject(handle(other, pendingRequestId(other), 1));
    }

    private int pendingRequestsBetween(Account one, Account other) {
        return jdbc.queryForObject("""
                select count(*) from friendship.friend_requests where handle_result = 0
                and ((applicant_id = ? and recipient_id = ?) or (applicant_id = ? and recipient_id = ?))""",
                Integer.class, Long.parseLong(one.id()), Long.parseLong(other.id()), Long.parseLong(other.id()),
                Long.parseLong(one.id()));
    }

    @Test
    void theDocumentsRequestIsSentAtTheDocumentedPathAndListedWithDocumentedTypes() {
        ApiResponse answer = api.post("/friend/putIn").bearer(alice.token())
                .json("{\"req_msg\":\"我是你大学同学\",\"user_uid\":\"" + bob.id() + "\",\"req_time\":0}").send();

        expectEmptyObject(answer);
        JsonNode received = requests(bob, "");
        assertThat(received).hasSize(1);
        JsonNode item = received.get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "user_id", "req_uid", "req_msg",
                "req_time", "handle_result");
        assertThat(item.get("id").isIntegralNumber()).isTrue();
        assertThat(item.get("user_id").stringValue()).isEqualTo(alice.id());
        assertThat(item.get("req_uid").stringValue()).isEqualTo(bob.id());
        assertThat(item.get("req_msg").stringValue()).isEqualTo("我是你大学同学");
        assertThat(item.get("req_time").isIntegralNumber()).isTrue();
        assertThat(item.get("req_time").asLong()).isGreaterThan(1_700_000_000L);
        assertThat(item.get("handle_result").asInt()).isZero();
        assertThat(requests(alice, "?class=1")).hasSize(1);
        assertThat(requests(alice, "")).as("nothing was sent to alice").isEmpty();
    }

    @Test
    void theDocumentedAliasOfTheRequestListAnswersTheSame() {
        send(alice, bob.id());

        ApiResponse alias = api.get("/v1/socialfriend/putIns").bearer(bob.token()).send();

        assertThat(alias.json().get("list")).isEqualTo(requests(bob, ""));
    }

    @Test
    void aUserIdMayComeAsANumber() {
        ApiResponse answer = api.post("/v1/social/friend/putIn").bearer(alice.token())
                .json("{\"user_uid\":" + bob.id() + "}").send();

        expectEmptyObject(answer);
        assertThat(requests(bob, "")).hasSize(1);
    }

    @Test
    void acceptingMakesBothUsersFriendsAndTheNextListsShowIt() {
        send(alice, bob.id());

        expectEmptyObject(handle(bob, pendingRequestId(bob), 1));

        JsonNode alicesFriends = friends(alice);
        assertThat(alicesFriends).hasSize(1);
        JsonNode entry = alicesFriends.get(0);
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("id", "friend_uid", "nickname", "avatar",
                "remark");
        assertThat(entry.get("id").isIntegralNumber()).isTrue();
        assertThat(entry.get("friend_uid").stringValue()).isEqualTo(bob.id());
        assertThat(entry.get("nickname").stringValue()).isEqualTo("鲍勃");
        assertThat(entry.get("avatar").stringValue()).isEqualTo("http://hichat2.com/user/avatar/101.png");
        assertThat(entry.get("remark").stringValue()).isEqualTo("鲍勃");
        assertThat(friends(bob)).singleElement()
                .satisfies(bobs -> assertThat(bobs.get("friend_uid").stringValue()).isEqualTo(alice.id()));
        assertThat(requests(bob, "").get(0).get("handle_result").asInt()).isEqualTo(1);
    }

    @Test
    void theFriendListShowsTheFriendsCurrentProfile() {
        befriend(alice, bob);
        jdbc.update("update identity.users set nickname = ?, avatar = ? where id = ?", "新名字",
                "https://example.com/new.png", Long.parseLong(bob.id()));

        JsonNode entry = friends(alice).get(0);

        assertThat(entry.get("nickname").stringValue()).isEqualTo("新名字");
        assertThat(entry.get("avatar").stringValue()).isEqualTo("https://example.com/new.png");
        assertThat(entry.get("remark").stringValue()).isEqualTo("新名字");
    }

    @Test
    void aRequestToOneselfIsRefused() {
        String message = send(alice, alice.id()).error(400, 100002);

        assertThat(message).contains("yourself");
    }

    @Test
    void aRequestToAnUnknownUserIsRefused() {
        String message = send(alice, "999999999").error(404, 100001);

        assertThat(message).contains("does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-3", "0", "1.5", "99999999999999999999" })
    void aUserIdThatIsNotOneIsRefused(String userUid) {
        send(alice, userUid).error(400, 100002);
    }

    @Test
    void aRequestWithoutARecipientIsRefused() {
        String message = api.post("/v1/social/friend/putIn").bearer(alice.token()).json("{\"req_msg\":\"hi\"}")
                .send().error(400, 100002);

        assertThat(message).isEqualTo("user_uid is required");
    }

    @Test
    void aMessageOfMoreThan255CharactersIsRefused() {
        String message = api.post("/v1/social/friend/putIn").bearer(alice.token())
                .json("{\"user_uid\":\"" + bob.id() + "\",\"req_msg\":\"" + "话".repeat(256) + "\"}").send()
                .error(400, 100002);

        assertThat(message).contains("req_msg");
        assertThat(requests(bob, "")).isEmpty();
    }

    @Test
    void toAFriendNothingChanges() {
        befriend(alice, bob);
        JsonNode before = requests(bob, "");

        expectEmptyObject(send(alice, bob.id()));
        expectEmptyObject(send(bob, alice.id()));

        assertThat(requests(bob, "")).isEqualTo(before);
        assertThat(requests(alice, "")).isEmpty();
        assertThat(friends(alice)).hasSize(1);
    }

    @Test
    void aRepeatedRequestAddsNothing() {
        send(alice, bob.id());

        expectEmptyObject(send(alice, bob.id()));

        assertThat(requests(bob, "")).hasSize(1);
    }

    @Test
    void crossingRequestsMakeTheFriendshipAtOnce() {
        send(alice, bob.id());

        expectEmptyObject(send(bob, alice.id()));

        assertThat(friends(alice)).hasSize(1);
        assertThat(friends(bob)).hasSize(1);
        assertThat(requests(bob, "").get(0).get("handle_result").asInt()).isEqualTo(1);
        assertThat(requests(alice, "")).as("no second request").isEmpty();
    }

    @Test
    void afterARefusalANewRequestMayBeSent() {
        send(alice, bob.id());
        expectEmptyObject(handle(bob, pendingRequestId(bob), 2));
        assertThat(friends(bob)).isEmpty();

        expectEmptyObject(send(alice, bob.id()));

        assertThat(requests(bob, "?type=0")).hasSize(1);
        assertThat(requests(bob, "?type=2")).hasSize(1);
    }

    @Test
    void theApplicantMayCancelAPendingRequest() {
        long request = aliceAsksBob();

        expectEmptyObject(handle(alice, request, 3));

        assertThat(requests(alice, "?class=1").get(0).get("handle_result").asInt()).isEqualTo(3);
        handle(bob, request, 1).error(409, 100001);
    }

    @Test
    void aRequestNoLongerPendingIsRefused() {
        long request = aliceAsksBob();
        handle(bob, request, 2);

        String message = handle(bob, request, 1).error(409, 100001);

        assertThat(message).contains("no longer pending");
        assertThat(friends(bob)).isEmpty();
    }

    @Test
    void onlyTheRecipientMayAcceptOrRefuseAndOnlyTheApplicantMayCancel() {
        Account stranger = Accounts.register(api);
        long request = aliceAsksBob();

        handle(stranger, request, 1).error(403, 100001);
        handle(stranger, request, 3).error(403, 100001);
        handle(alice, request, 1).error(403, 100001);
        handle(alice, request, 2).error(403, 100001);
        handle(bob, request, 3).error(403, 100001);

        assertThat(pendingRequestsBetween(alice, bob)).isEqualTo(1);
        assertThat(friends(alice)).isEmpty();
    }

    @Test
    void aStrangerLearnsNothingOfAHandledRequest() {
        Account stranger = Accounts.register(api);
        long request = aliceAsksBob();
        handle(bob, request, 1);

        handle(stranger, request, 2).error(403, 100001);
    }

    @Test
    void anUnknownRequestIsRefused() {
        String message = handle(bob, 999_999_999L, 1).error(404, 100001);

        assertThat(message).contains("does not exist");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 4, -1 })
    void onlyDecisionsAreAccepted(int result) {
        send(alice, bob.id());

        String message = handle(bob, pendingRequestId(bob), result).error(400, 100002);

        assertThat(message).contains("handle_result");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"handle_result\":1}", "{\"friend_req_id\":1}" })
    void aHandlingWithoutItsFieldsIsRefused(String body) {
        String message = api.put("/v1/social/friend/putIn").bearer(bob.token()).json(body).send().error(400, 100002);

        assertThat(message).endsWith("is required");
    }

    @Test
    void wrongTypesAreRefused() {
        String message = api.put("/v1/social/friend/putIn").bearer(bob.token())
                .json("{\"friend_req_id\":\"seven\",\"handle_result\":1}").send().error(400, 100002);

        assertThat(message).isEqualTo("field 'friend_req_id' must be an integer, or a string of its digits");
    }

    @Test
    void aRequestIdMayComeAsAString() {
        send(alice, bob.id());

        expectEmptyObject(api.put("/v1/social/friend/putIn").bearer(bob.token())
                .json("{\"friend_req_id\":\"" + pendingRequestId(bob) + "\",\"handle_result\":1}").send());
    }

    @Test
    void aDecisionIsAnIntegerNotItsText() {
        send(alice, bob.id());

        String message = api.put("/v1/social/friend/putIn").bearer(bob.token())
                .json("{\"friend_req_id\":" + pendingRequestId(bob) + ",\"handle_result\":\"1\"}").send()
                .error(400, 100002);

        assertThat(message).isEqualTo("field 'handle_result' must be an integer");
        assertThat(handle(bob, pendingRequestId(bob), 1).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsRefused() {
        api.put("/v1/social/friend/putIn").bearer(bob.token()).json("{\"friend_req_id\":").send()
                .error(400, 100002);
        api.post("/friend/putIn").bearer(bob.token()).json("{user_uid: 1}").send().error(400, 100002);
    }

    @Test
    void requestsAreListedNewestFirstAndFilteredByResult() {
        Account carol = Accounts.register(api);
        Account dave = Accounts.register(api);
        send(alice, bob.id());
        send(carol, bob.id());
        send(dave, bob.id());
        handle(bob, requests(bob, "").get(1).get("id").asLong(), 2);

        JsonNode all = requests(bob, "");
        assertThat(all).extracting(item -> item.get("user_id").stringValue())
                .containsExactly(dave.id(), carol.id(), alice.id());
        assertThat(requests(bob, "?type=0")).extracting(item -> item.get("user_id").stringValue())
                .containsExactly(dave.id(), alice.id());
        assertThat(requests(bob, "?type=2")).extracting(item -> item.get("user_id").stringValue())
                .containsExactly(carol.id());
        assertThat(requests(bob, "?type=0&type=2")).hasSize(3);
        assertThat(requests(bob, "?type=1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "?class=3", "?class=x", "?type=9", "?type=x", "?page_size=0", "?page_token=nope" })
    void aListQueryOutsideTheRulesIsRefused(String query) {
        api.get("/v1/social/friend/putIns" + query).bearer(bob.token()).send().error(400, 100002);
    }

    @Test
    void requestListsArePagedByToken() {
        for (int i = 0; i < 3; i++) {
            send(Accounts.register(api), bob.id());
        }

        JsonNode first = api.get("/v1/social/friend/putIns?page_size=2").bearer(bob.token()).send().json();
        String token = first.get("next_page_token").stringValue();
        JsonNode second = api.get("/v1/social/friend/putIns?page_size=2&page_token=" + token).bearer(bob.token())
                .send().json();

        assertThat(first.get("list")).hasSize(2);
        assertThat(second.get("list")).hasSize(1);
        assertThat(second.has("next_page_token")).isFalse();
        assertThat(second.get("list").get(0).get("id").asLong())
                .isLessThan(first.get("list").get(1).get("id").asLong());
    }

    @Test
    void friendListsArePagedByToken() {
        Account carol = Accounts.register(api);
        befriend(alice, bob);
        befriend(alice, carol);

        JsonNode first = api.get("/v1/social/friends?page_size=1").bearer(alice.token()).send().json();
        JsonNode second = api.get("/v1/social/friends?page_size=1&page_token="
                + first.get("next_page_token").stringValue()).bearer(alice.token()).send().json();

        assertThat(first.get("list").get(0).get("friend_uid").stringValue()).isEqualTo(bob.id());
        assertThat(second.get("list").get(0).get("friend_uid").stringValue()).isEqualTo(carol.id());
        assertThat(second.has("next_page_token")).isFalse();
        assertThat(friends(alice)).as("without paging parameters, everything").hasSize(2);
    }

    @Test
    void everyFriendshipRouteNeedsAToken() {
        api.post("/v1/social/friend/putIn").json("{\"user_uid\":\"1\"}").send().error(401, 100003);
        api.post("/friend/putIn").json("{\"user_uid\":\"1\"}").send().error(401, 100003);
        api.put("/v1/social/friend/putIn").json("{\"friend_req_id\":1,\"handle_result\":1}").send()
                .error(401, 100003);
        api.get("/v1/social/friend/putIns").send().error(401, 100003);
        api.get("/v1/socialfriend/putIns").send().error(401, 100003);
        api.get("/v1/social/friends").send().error(401, 100003);
    }

    @Test
    void theListsAnswerOnTheDocumentsEmptyShapeForANewUser() {
        assertThat(api.get("/v1/social/friends").bearer(alice.token()).send().json().propertyNames())
                .containsExactly("list", "version");
        assertThat(friends(alice)).isEmpty();
        assertThat(requests(alice, "")).isEmpty();
        assertThat(List.of(friends(alice).isArray(), requests(alice, "").isArray())).containsOnly(true);
    }
}
