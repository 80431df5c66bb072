package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import io.hichat.friendship.FriendshipApi;
import io.hichat.group.GroupApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Contract §13: removals are kept for {@code hichat.sync.removals-kept} (here one second, trimmed every 200 ms); a
 * client holding a version older than a forgotten removal gets the whole list, marked full, and a client holding
 * a later version still gets only the changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.sync.removals-kept=1s", "hichat.sync.trim-interval=200ms" })
@Import(HttpApiTest.ApiConfiguration.class)
// Its trimming rounds would forget every test's removals after a second: the context ends with the class.
@DirtiesContext
class TrimmedListsApiTest {

    @Autowired
    Api api;

    @Test
    void aFriendListHeldFromBeforeAForgottenRemovalIsAnsweredWhole() {
        FriendshipApi friendship = new FriendshipApi(api);
        Account me = Accounts.register(api);
        Account staying = Accounts.register(api);
        Account leaving = Accounts.register(api);
        friendship.befriend(me, leaving);
        friendship.befriend(me, staying);
        String beforeRemoval = version(api.get("/v1/social/friends").bearer(me.token()).send());
        assertThat(friendship.unfriend(me, leaving).status()).isEqualTo(200);
        String afterRemoval = version(api.get("/v1/social/friends").bearer(me.token()).send());

        JsonNode whole = awaitFull(() -> api.get("/v1/social/friends?since=" + beforeRemoval).bearer(me.token())
                .send());

        assertThat(whole.get("list")).containsExactlyElementsOf(friendship.friends(me));
        assertThat(whole.get("version").stringValue()).isEqualTo(afterRemoval);
        assertThat(api.get("/v1/social/friends?since=" + afterRemoval).bearer(me.token()).send().body())
                .isEqualTo("{\"list\":[],\"version\":\"" + afterRemoval + "\",\"deleted\":[]}");
    }

    @Test
    void aMemberListHeldFromBeforeAForgottenRemovalIsAnsweredWhole() {
        GroupApi groups = new GroupApi(api);
        Account me = Accounts.register(api);
        Account leaving = Accounts.register(api);
        String group = groups.groupWith(me, leaving);
        String beforeRemoval = version(groups.members(me, group));
        assertThat(groups.quit(leaving, group).status()).isEqualTo(200);

        JsonNode whole = awaitFull(() -> api.get("/v/social/group/users?since=" + beforeRemoval)
                .bearer(me.token()).json("{\"group_id\":\"" + group + "\"}").send());

        assertThat(whole.get("List")).containsExactlyElementsOf(groups.memberList(me, group));
        assertThat(whole.get("List")).hasSize(1);
    }

    private static String version(ApiResponse answer) {
        return answer.okField("version").stringValue();
    }

    /** Asks until the removal is forgotten and the answer is the whole list. */
    private static JsonNode awaitFull(Supplier<ApiResponse> request) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> request.get().json(), answer -> answer.path("full").asBoolean(false));
    }
}
