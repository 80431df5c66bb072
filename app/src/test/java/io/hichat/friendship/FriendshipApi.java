package io.hichat.friendship;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import tools.jackson.databind.JsonNode;

/** The friendship routes as a client calls them, for the friendship tests. */
public final class FriendshipApi {

    private final Api api;

    public FriendshipApi(Api api) {
        this.api = api;
    }

    public ApiResponse send(Account from, Account to) {
        return api.post("/v1/social/friend/putIn").bearer(from.token())
                .json("{\"user_uid\":\"" + to.id() + "\",\"req_msg\":\"hi\"}").send();
    }

    public ApiResponse handle(Account by, long request, int result) {
        return api.put("/v1/social/friend/putIn").bearer(by.token())
                .json("{\"friend_req_id\":" + request + ",\"handle_result\":" + result + "}").send();
    }

    /** The requests sent to the user, newest first. */
    public JsonNode received(Account recipient) {
        return list(recipient, "/v1/social/friend/putIns?class=2");
    }

    public JsonNode friends(Account of) {
        return list(of, "/v1/social/friends");
    }

    public JsonNode blacklist(Account of) {
        return list(of, "/v1/social/blacklist");
    }

    public JsonNode list(Account of, String path) {
        return api.get(path).bearer(of.token()).send().okField("list");
    }

    public void befriend(Account one, Account other) {
        assertThat(send(one, other).status()).isEqualTo(200);
        assertThat(handle(other, received(other).get(0).get("id").asLong(), 1).status()).isEqualTo(200);
    }

    public ApiResponse remark(Account of, Account friend, String remark) {
        return api.put("/v1/social/friend/remark").bearer(of.token())
                .json("{\"friend_uid\":\"" + friend.id() + "\",\"remark\":\"" + remark + "\"}").send();
    }

    public ApiResponse unfriend(Account by, Account friend) {
        return api.delete("/v1/social/friend?friend_uid=" + friend.id()).bearer(by.token()).send();
    }

    public ApiResponse block(Account blocker, Account blocked) {
        return api.post("/v1/social/blacklist").bearer(blocker.token())
                .json("{\"user_uid\":\"" + blocked.id() + "\"}").send();
    }

    public ApiResponse unblock(Account blocker, Account blocked) {
        return api.delete("/v1/social/blacklist?user_uid=" + blocked.id()).bearer(blocker.token()).send();
    }
}
