package io.hichat.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What request bodies can name: two users, a group of Alice's with a join request of Bob's, a friend request from
 * Bob, a friend of Alice's who is a member of her group, and parties enough that each body can name a different
 * one (users Alice has no request with, groups she is not in and her invitations into them, for a block a new user
 * each time, whom Alice may then never ask, and for a transfer or a dismissal a new group), so that a write does not
 * use up what the next body names.
 */
final class Parties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FRESH_PARTIES = 100;

    final Account alice;
    final Account bob;
    final String group;
    final long friendRequest;
    final long joinRequest;
    /** Alice's friend, whom a remark can name. */
    final Account carol;
    private final Api api;
    private final List<String> strangers = new ArrayList<>();
    private final List<String> groupsOfOthers = new ArrayList<>();
    /** Alice's invitations into those groups, pending until an answer ends one. */
    private final List<String> invitations = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    Parties(Api api) {
        this.api = api;
        alice = Accounts.register(api);
        bob = Accounts.register(api);
        api.post("/v1/social/friend/putIn").bearer(bob.token()).json("{\"user_uid\":\"" + alice.id() + "\"}").send();
        friendRequest = api.get("/v1/social/friend/putIns").bearer(alice.token()).send().json().get("list").get(0)
                .get("id").asLong();
        group = api.post("/v1/social/group").bearer(alice.token()).json("{\"name\":\"生成\"}").send().json()
                .get("id").stringValue();
        api.post("/v1/social/group/putIn").bearer(bob.token()).json("{\"group_id\":\"" + group + "\"}").send();
        joinRequest = api.get("/v1/social/group/putIns?class=2&group_id=" + group).bearer(alice.token()).send()
                .json().get("list").get(0).get("id").asLong();
        carol = Accounts.register(api);
        api.post("/v1/social/friend/putIn").bearer(carol.token()).json("{\"user_uid\":\"" + alice.id() + "\"}")
                .send();
        api.post("/v1/social/friend/putIn").bearer(alice.token()).json("{\"user_uid\":\"" + carol.id() + "\"}")
                .send();
        inviteCarol(group);
        for (int i = 0; i < FRESH_PARTIES; i++) {
            strangers.add(Accounts.register(api).id());
            String groupOfBob = api.post("/v1/social/group").bearer(bob.token()).json("{\"name\":\"别人的\"}")
                    .send().json().get("id").stringValue();
            groupsOfOthers.add(groupOfBob);
            invitations.add(api.post("/v1/social/group/invite").bearer(bob.token())
                    .json("{\"group_id\":\"" + groupOfBob + "\",\"user_uid\":\"" + alice.id() + "\"}").send()
                    .json().get("invitation_id").stringValue());
        }
    }

    /** Alice invites Carol, who accepts. */
    private void inviteCarol(String groupId) {
        String invitation = api.post("/v1/social/group/invite").bearer(alice.token())
                .json("{\"group_id\":\"" + groupId + "\",\"user_uid\":\"" + carol.id() + "\"}").send().json()
                .get("invitation_id").stringValue();
        api.put("/v1/social/group/invitation").bearer(carol.token())
                .json("{\"invitation_id\":\"" + invitation + "\",\"handle_result\":1}").send();
    }

    /** A new group of Alice's with Carol in it, for what would end Alice's hold on a group: a transfer, a dismissal. */
    private String aGroupToGiveUp() {
        String groupId = api.post("/v1/social/group").bearer(alice.token()).json("{\"name\":\"交出\"}").send()
                .json().get("id").stringValue();
        inviteCarol(groupId);
        return groupId;
    }

    /** A request of Alice's for the operation, with the body {@link #body} gives it. */
    Api.Request request(DescribedOperation operation, String body) {
        Api.Request request = api.request(operation.method(), operation.path()).json(body);
        return operation.isPublic() ? request : request.bearer(tokenFor(operation));
    }

    /**
     * Alice's token; but the routes that refuse the token they are called with (logout, password change, account
     * deletion) get a new account's each time, with Alice's password, so that Alice's stays accepted.
     */
    String tokenFor(DescribedOperation operation) {
        boolean endsItsToken = operation.path().endsWith("/user/logout") || operation.path().endsWith("/user/password")
                || operation.path().equals("/api/v1/user");
        return endsItsToken ? Accounts.register(api).token() : alice.token();
    }

    /**
     * A body for the operation: the document's example where it has one, else each field's described example or a
     * plain value, with ids and phones that exist, and those that a write would use up taken fresh each time.
     */
    ObjectNode body(DescribedOperation operation) {
        JsonNode example = operation.documentExample();
        ObjectNode body = example.isObject() ? (ObjectNode) example.deepCopy() : JSON.createObjectNode();
        operation.fieldTypes().forEach((field, type) -> {
            JsonNode described = operation.requestSchema().path("properties").path(field).path("example");
            if (!body.has(field) && !described.isMissingNode()) {
                body.set(field, described.deepCopy());
            } else if (!body.has(field)) {
                switch (type) {
                    case "integer" -> body.put(field, 1);
                    case "boolean" -> body.put(field, true);
                    case "array" -> body.putArray(field);
                    default -> body.put(field, "1");
                }
            }
        });
        int fresh = Math.floorMod(next.getAndIncrement(), FRESH_PARTIES);
        boolean joining = operation.method().equals("POST") && operation.path().endsWith("/group/putIn");
        String path = operation.path();
        boolean blocking = path.endsWith("/blacklist");
        boolean givingUp = path.endsWith("/group/transfer")
                || operation.method().equals("DELETE") && path.endsWith("/v1/social/group");
        boolean nameCarol = givingUp || path.endsWith("/group/role") || path.endsWith("/group/mute");
        Map<String, Object> values = Map.of(
                "group_id", joining || path.endsWith("/group/quit") ? groupsOfOthers.get(fresh)
                        : givingUp ? aGroupToGiveUp() : group,
                "user_uid", blocking ? Accounts.register(api).id() : nameCarol ? carol.id() : strangers.get(fresh),
                "friend_uid", operation.path().endsWith("/remark") ? carol.id() : strangers.get(fresh),
                "friend_req_id", friendRequest,
                "group_req_id", joinRequest,
                "invitation_id", invitations.get(fresh),
                "phone", operation.path().endsWith("/register") ? Accounts.uniquePhone() : alice.phone(),
                "password", alice.password(),
                "old_password", alice.password());
        values.forEach((field, value) -> {
            if (body.has(field)) {
                body.set(field, JSON.valueToTree(value));
            }
        });
        return body;
    }
}
