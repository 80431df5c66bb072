package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.friendship.FriendshipApi;
import io.hichat.group.GroupApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * The rules of {@code since} every list shares (contract §13), on the friend list and a member list: what an
 * answer says, how changes are paged, what a version no longer kept or never given answers, and what a
 * {@code since} that is no version answers.
 */
@HttpApiTest
class IncrementalSyncApiTest {

    private static final String FRIENDS = "/v1/social/friends";

    @Autowired
    Api api;
    FriendshipApi friendship;
    GroupApi groups;
    Account me;

    @BeforeEach
    void aUser() {
        friendship = new FriendshipApi(api);
        groups = new GroupApi(api);
        me = Accounts.register(api);
    }

    private ApiResponse friends(String query) {
        return friends(me.token(), query);
    }

    private ApiResponse friends(String token, String query) {
        return api.get(FRIENDS + query).bearer(token).send();
    }

    private JsonNode friendsSince(String version) {
        ApiResponse answer = friends("?since=" + version);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> friendIds(JsonNode answer) {
        return answer.get("list").valueStream().map(item -> item.get("friend_uid").stringValue()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::stringValue).toList();
    }

    @Test
    void aListThatNeverChangedIsAtVersionZeroAndSinceItSaysNothingChanged() {
        assertThat(friends("").body()).isEqualTo("{\"list\":[],\"version\":\"0\"}");
        assertThat(friends("?since=0").body()).isEqualTo("{\"list\":[],\"version\":\"0\",\"deleted\":[]}");
    }

    @Test
    void sinceAVersionTheAnswerHoldsTheChangedItemsInTheListsShapeAndTheKeysThatLeft() {
        Account staying = Accounts.register(api);
        Account leaving = Accounts.register(api);
        friendship.befriend(me, leaving);
        String held = friends("").json().get("version").stringValue();

        friendship.befriend(me, staying);
        friendship.unfriend(me, leaving);
        JsonNode changes = friendsSince(held);

        assertThat(changes.propertyNames()).containsExactly("list", "version", "deleted");
        assertThat(changes.get("list")).containsExactlyElementsOf(friendship.friends(me));
        assertThat(strings(changes.get("deleted"))).containsExactly(leaving.id());
        assertThat(Long.parseLong(changes.get("version").stringValue())).isGreaterThan(Long.parseLong(held));
        assertThat(changes.get("version").stringValue()).isEqualTo(friends("").json().get("version").stringValue());
        assertThat(friendsSince(changes.get("version").stringValue()).toString())
                .isEqualTo("{\"list\":[],\"version\":\"" + changes.get("version").stringValue()
                        + "\",\"deleted\":[]}");
    }

    @Test
    void changesComeOldestFirstInPagesEachSayingTheVersionOfItsLastChange() {
        List<Account> friends = List.of(Accounts.register(api), Accounts.register(api), Accounts.register(api));
        friends.forEach(friend -> friendship.befriend(me, friend));

        JsonNode first = friends("?since=0&page_size=2").json();
        assertThat(friendIds(first)).containsExactly(friends.get(0).id(), friends.get(1).id());
        assertThat(first.get("next_page_token").stringValue()).isNotEmpty();
        JsonNode second = friends("?since=0&page_size=2&page_token=" + first.get("next_page_token").stringValue())
                .json();
        assertThat(friendIds(second)).containsExactly(friends.get(2).id());
        assertThat(second.has("next_page_token")).isFalse();
        assertThat(second.get("version").stringValue()).isEqualTo(friends("").json().get("version").stringValue());
        assertThat(Long.parseLong(first.get("version").stringValue()))
                .isLessThan(Long.parseLong(second.get("version").stringValue()));

        JsonNode resumed = friendsSince(first.get("version").stringValue());
        assertThat(friendIds(resumed)).containsExactly(friends.get(2).id());
    }

    @Test
    void everyPageOfAWholeListSaysTheVersionOfItsFirstSoChangesMeanwhileFollowWithSince() {
        friendship.befriend(me, Accounts.register(api));
        friendship.befriend(me, Accounts.register(api));
        JsonNode first = friends("?page_size=1").json();
        Account meanwhile = Accounts.register(api);
        friendship.befriend(me, meanwhile);

        JsonNode second = friends("?page_size=1&page_token=" + first.get("next_page_token").stringValue()).json();

        assertThat(second.get("version")).isEqualTo(first.get("version"));
        assertThat(friendIds(friendsSince(first.get("version").stringValue()))).containsExactly(meanwhile.id());
    }

    @Test
    void twoDevicesOfOneUserSeeTheSameVersionsAndChanges() {
        String otherDevice = Accounts.anotherToken(api, me);
        friendship.befriend(me, Accounts.register(api));
        String held = friends("").json().get("version").stringValue();
        friendship.befriend(me, Accounts.register(api));

        assertThat(friends(otherDevice, "").body()).isEqualTo(friends("").body());
        assertThat(friends(otherDevice, "?since=" + held).body()).isEqualTo(friends("?since=" + held).body());
    }

    @Test
    void aVersionAboveTheListsAnswersTheWholeListMarkedFull() {
        Account friend = Accounts.register(api);
        friendship.befriend(me, friend);
        String version = friends("").json().get("version").stringValue();

        JsonNode answer = friendsSince(Long.toString(Long.parseLong(version) + 1));

        assertThat(answer.get("full").asBoolean()).isTrue();
        assertThat(answer.has("deleted")).isFalse();
        assertThat(answer.get("version").stringValue()).isEqualTo(version);
        assertThat(answer.get("list")).containsExactlyElementsOf(friendship.friends(me));
        assertThat(friends("").json().has("full")).isFalse();
        assertThat(friendsSince("9".repeat(40)).get("full").asBoolean()).as("a version past any long").isTrue();
    }

    @Test
    void aSinceThatIsNoVersionIs400() {
        for (String since : List.of("abc", "-1", "", "1.5", "+1", "%201", "0x10", "1e3")) {
            assertThat(friends("?since=" + since).error(400, 100002)).as(since)
                    .isEqualTo("since must be a version of this list: the decimal number an earlier answer gave "
                            + "as version");
        }
    }

    @Test
    void aTokenOfChangesWithoutSinceOrOfAWholeListWithChangesIs400() {
        List.of(Accounts.register(api), Accounts.register(api)).forEach(friend -> friendship.befriend(me, friend));
        String changes = friends("?since=0&page_size=1").json().get("next_page_token").stringValue();
        String wholeList = friends("?page_size=1").json().get("next_page_token").stringValue();

        assertThat(friends("?page_token=" + changes).error(400, 100002))
                .isEqualTo("page_token continues changes: send it with since");
        assertThat(friends("?page_size=1&page_token=" + wholeList + "&since=0").status()).isEqualTo(200);
        assertThat(friends("?since=0&page_token=" + forgedKeysToken()).error(400, 100002))
                .isEqualTo("page_token is not valid for this list");
    }

    /** A token of the first form, a page of a list by its sort keys, with no version. */
    private static String forgedKeysToken() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1:5".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMembersRoleMuteAndProfileAreChangesOfTheMemberList() {
        Account member = Accounts.register(api);
        String group = groups.groupWith(me, member);
        String held = groups.members(me, group).json().get("version").stringValue();

        assertThat(groups.mute(me, group, member.id(), 600).status()).isEqualTo(200);
        JsonNode muted = membersSince(group, held);
        assertThat(muted.get("List")).hasSize(1);
        assertThat(muted.get("List").get(0).get("mute_until").asLong()).isPositive();

        assertThat(groups.setRole(me, group, member, 1).status()).isEqualTo(200);
        JsonNode promoted = membersSince(group, muted.get("version").stringValue());
        assertThat(promoted.get("List").get(0).get("role_level").asInt()).isEqualTo(1);

        Accounts.changeProfile(api, member, "新名字", "http://127.0.0.1:8082/avatar/7.png");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                membersSince(group, promoted.get("version").stringValue()).get("List")).singleElement()
                .satisfies(item -> assertThat(item.get("user").get("nickname").stringValue()).isEqualTo("新名字")));

        assertThat(groups.remove(me, group, member).status()).isEqualTo(200);
        JsonNode removed = membersSince(group, held);
        assertThat(removed.get("List")).isEmpty();
        assertThat(strings(removed.get("deleted"))).containsExactly(member.id());
    }

    @Test
    void aMemberListsSinceIsForItsMembersOnly() {
        String group = groups.createGroup(me);
        Account stranger = Accounts.register(api);

        api.get("/v/social/group/users?since=0").bearer(stranger.token()).json("{\"group_id\":\"" + group + "\"}")
                .send().error(403, 100001);
    }

    private JsonNode membersSince(String group, String version) {
        ApiResponse answer = api.get("/v/social/group/users?since=" + version).bearer(me.token())
                .json("{\"group_id\":\"" + group + "\"}").send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
