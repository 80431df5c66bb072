package io.hichat.friendship;

import static io.hichat.testing.Accounts.aRegistration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Contract §9: remarks, deleting a friend, and the block list, with every rule and error, over HTTP.
 */
@HttpApiTest
class FriendshipLifecycleApiTest {

    private static final String EMPTY = "{}";

    @Autowired
    Api api;
    FriendshipApi friendship;
    Account alice;
    Account bob;

    @BeforeEach
    void twoUsers() {
        friendship = new FriendshipApi(api);
        alice = Accounts.register(api, aRegistration().with("nickname", "爱丽丝"));
        bob = Accounts.register(api, aRegistration().with("nickname", "鲍勃")
                .with("avatar", "http://hichat2.com/user/avatar/101.png"));
    }

    private static void done(ApiResponse answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(EMPTY);
    }

    /** The friend lists of both show no one: what an ended friendship leaves here, where they have no other friend. */
    private void assertFriendListsEmpty(Account one, Account other) {
        assertThat(friendship.friends(one)).isEmpty();
        assertThat(friendship.friends(other)).isEmpty();
    }

    @Test
    void aRemarkShowsInTheSettersListOnlyAndEmptyRestoresTheNickname() {
        friendship.befriend(alice, bob);

        done(friendship.remark(alice, bob, "  大学同学  "));

        assertThat(friendship.friends(alice).get(0).get("remark").stringValue()).isEqualTo("大学同学");
        assertThat(friendship.friends(alice).get(0).get("nickname").stringValue()).isEqualTo("鲍勃");
        assertThat(friendship.friends(bob).get(0).get("remark").stringValue()).isEqualTo("爱丽丝");
        done(friendship.remark(alice, bob, ""));
        assertThat(friendship.friends(alice).get(0).get("remark").stringValue()).isEqualTo("鲍勃");
    }

    @Test
    void aRemarkIsAtMost64CharactersOfOneLine() {
        friendship.befriend(alice, bob);

        done(friendship.remark(alice, bob, "字".repeat(64)));
        assertThat(friendship.remark(alice, bob, "字".repeat(65)).error(400, 100002))
                .isEqualTo("remark must be at most 64 characters");
        assertThat(friendship.remark(alice, bob, "a\\u0007b").error(400, 100002))
                .isEqualTo("remark must not contain control characters");
        assertThat(friendship.friends(alice).get(0).get("remark").stringValue()).isEqualTo("字".repeat(64));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"remark\":\"x\"}", "{\"friend_uid\":\"abc\",\"remark\":\"x\"}",
            "{\"friend_uid\":\"2\"}", "{\"friend_uid\":\"2\",\"remark\":7}", "[]", "{" })
    void anInvalidRemarkBodyIs400NamingWhatIsWrong(String body) {
        ApiResponse answer = api.put("/v1/social/friend/remark").bearer(alice.token()).json(body).send();

        assertThat(answer.error(400, 100002)).containsAnyOf("friend_uid", "remark", "JSON");
    }

    @Test
    void aRemarkForSomeoneNotAFriendIs404AndForNobodyWithoutAToken401() {
        assertThat(friendship.remark(alice, bob, "x").error(404, 100001))
                .isEqualTo("friend " + bob.id() + " does not exist");
        api.put("/v1/social/friend/remark").json("{\"friend_uid\":\"" + bob.id() + "\",\"remark\":\"x\"}").send()
                .error(401, 100003);
    }

    @Test
    void deletingAFriendEmptiesBothListsAndANewRequestCanFollow() {
        friendship.befriend(alice, bob);

        done(friendship.unfriend(bob, alice));

        assertFriendListsEmpty(alice, bob);
        friendship.befriend(bob, alice);
        assertThat(friendship.friends(alice)).hasSize(1);
        assertThat(friendship.friends(bob).get(0).get("friend_uid").stringValue()).isEqualTo(alice.id());
    }

    @Test
    void aDeleteMayNameTheFriendInAJsonBodyAndNotFriendsChangesNothing() {
        friendship.befriend(alice, bob);
        Account carol = Accounts.register(api);

        done(friendship.unfriend(alice, carol));
        assertThat(friendship.friends(alice)).hasSize(1);
        done(api.delete("/v1/social/friend").bearer(alice.token()).json("{\"friend_uid\":" + bob.id() + "}").send());
        assertThat(friendship.friends(alice)).isEmpty();
        done(friendship.unfriend(alice, bob));
    }

    @Test
    void aDeleteWithoutAValidFriendIs400() {
        assertThat(api.delete("/v1/social/friend").bearer(alice.token()).send().error(400, 100002))
                .isEqualTo("friend_uid is required");
        assertThat(api.delete("/v1/social/friend?friend_uid=-3").bearer(alice.token()).send().error(400, 100002))
                .contains("friend_uid");
        api.delete("/v1/social/friend?friend_uid=" + bob.id()).send().error(401, 100003);
    }

    @Test
    void blockingAFriendEndsTheFriendshipAndListsTheBlockedUser() {
        friendship.befriend(alice, bob);

        done(friendship.block(alice, bob));

        assertFriendListsEmpty(alice, bob);
        JsonNode blocked = friendship.blacklist(alice).get(0);
        assertThat(blocked.get("user_uid").stringValue()).isEqualTo(bob.id());
        assertThat(blocked.get("nickname").stringValue()).isEqualTo("鲍勃");
        assertThat(blocked.get("avatar").stringValue()).isEqualTo("http://hichat2.com/user/avatar/101.png");
        assertThat(blocked.get("block_time").asLong()).isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(friendship.blacklist(bob)).isEmpty();
    }

    @Test
    void blockingCancelsPendingRequestsInBothDirectionsAndRefusesTheBlockedUsersRequests() {
        Account carol = Accounts.register(api);
        friendship.send(bob, alice);
        friendship.send(alice, carol);

        done(friendship.block(alice, bob));
        done(friendship.block(carol, alice));

        assertThat(friendship.received(alice).get(0).get("handle_result").asInt()).isEqualTo(3);
        assertThat(friendship.received(carol).get(0).get("handle_result").asInt()).isEqualTo(3);
        assertThat(friendship.send(bob, alice).error(403, 100001))
                .isEqualTo("you cannot send a friend request to this user");
        assertThat(friendship.send(alice, bob).error(409, 100001))
                .isEqualTo("you blocked user " + bob.id() + "; unblock them before sending a friend request");
        assertThat(friendship.received(alice)).hasSize(1);
    }

    @Test
    void blockingAgainChangesNothingAndBlockingOneselfOrNobodyIsRefused() {
        done(friendship.block(alice, bob));
        long blockTime = friendship.blacklist(alice).get(0).get("block_time").asLong();

        done(friendship.block(alice, bob));

        assertThat(friendship.blacklist(alice)).hasSize(1);
        assertThat(friendship.blacklist(alice).get(0).get("block_time").asLong()).isEqualTo(blockTime);
        assertThat(friendship.block(alice, alice).error(400, 100002)).isEqualTo("you cannot block yourself");
        assertThat(api.post("/v1/social/blacklist").bearer(alice.token()).json("{\"user_uid\":\"999999999\"}")
                .send().error(404, 100001)).isEqualTo("user 999999999 does not exist");
        assertThat(api.post("/v1/social/blacklist").bearer(alice.token()).json("{}").send().error(400, 100002))
                .isEqualTo("user_uid is required");
        api.post("/v1/social/blacklist").json("{\"user_uid\":\"" + bob.id() + "\"}").send().error(401, 100003);
    }

    @Test
    void unblockingLetsRequestsThroughAgainButBringsNoFriendshipBack() {
        friendship.befriend(alice, bob);
        friendship.block(alice, bob);

        done(friendship.unblock(alice, bob));
        done(friendship.unblock(alice, bob));

        assertThat(friendship.blacklist(alice)).isEmpty();
        assertThat(friendship.friends(alice)).isEmpty();
        friendship.befriend(bob, alice);
        assertThat(friendship.friends(alice)).hasSize(1);
    }

    @Test
    void anUnblockMayNameTheUserInAJsonBodyAndIsRefusedForOneselfNobodyOrNoOne() {
        friendship.block(alice, bob);

        done(api.delete("/v1/social/blacklist").bearer(alice.token()).json("{\"user_uid\":\"" + bob.id() + "\"}")
                .send());

        assertThat(friendship.blacklist(alice)).isEmpty();
        assertThat(friendship.unblock(alice, alice).error(400, 100002)).isEqualTo("you cannot unblock yourself");
        api.delete("/v1/social/blacklist?user_uid=999999999").bearer(alice.token()).send().error(404, 100001);
        assertThat(api.delete("/v1/social/blacklist").bearer(alice.token()).send().error(400, 100002))
                .isEqualTo("user_uid is required");
    }

    @Test
    void theBlockListIsNewestFirstAndPaged() {
        Account carol = Accounts.register(api);
        Account dave = Accounts.register(api);
        for (Account blocked : new Account[] { bob, carol, dave }) {
            friendship.block(alice, blocked);
        }

        ApiResponse first = api.get("/v1/social/blacklist?page_size=2").bearer(alice.token()).send();
        String token = first.json().get("next_page_token").stringValue();
        ApiResponse second = api.get("/v1/social/blacklist?page_size=2&page_token=" + token).bearer(alice.token())
                .send();

        assertThat(userIds(first.json().get("list"))).containsExactly(dave.id(), carol.id());
        assertThat(userIds(second.json().get("list"))).containsExactly(bob.id());
        assertThat(second.json().has("next_page_token")).isFalse();
    }

    private static List<String> userIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("user_uid").stringValue()));
        return ids;
    }
}
