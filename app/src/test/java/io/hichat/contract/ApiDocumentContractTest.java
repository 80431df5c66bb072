package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.platform.openapi.ApiDocument;
import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API document the clients were written against, used as the oracle: a realistic scenario (register, befriend,
 * create a group, apply, approve...) reaches every route of the document at the path it documents, sends the
 * document's own example bodies (with ids of this run's users, groups and requests), and every answer must have the
 * shape of the document's example: the same field names at every depth, the same JSON types, envelope or bare.
 */
@HttpApiTest
class ApiDocumentContractTest {

    private static final ApiDocument DOCUMENT = ApiDocument.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    private final Set<String> reached = new LinkedHashSet<>();

    @Test
    void theDocumentListsThirteenRoutes() {
        assertThat(DOCUMENT.routes()).extracting(route -> route.method() + " " + route.path()).containsExactly(
                "POST /api/v1/user/register",
                "POST /api/v2/user/login",
                "GET /api/v1/user/detail",
                "POST /friend/putIn",
                "PUT /v1/social/friend/putIn",
                "GET /v1/socialfriend/putIns",
                "GET /v1/social/friends",
                "POST /v1/social/group",
                "GET /v1/socail/groups",
                "POST /v1/social/group/putIn",
                "PUT /v1/social/group/putIn",
                "GET /v1/social/group/putIns",
                "GET /v/social/group/users");
    }

    @Test
    void everyRouteOfTheDocumentAnswersInTheShapeOfItsExample() {
        String phone = Accounts.uniquePhone();
        JsonNode registered = call("POST", "/api/v1/user/register", null,
                body -> body.put("phone", phone));
        String owner = registered.get("data").get("token").stringValue();
        String ownerId = Jwt.claims(owner).get("hichat2.com").stringValue();
        String friend = Accounts.register(api).token();

        call("POST", "/api/v2/user/login", null, body -> {
            body.put("phone", phone);
            body.put("password", "dsafasf");
        });
        call("GET", "/api/v1/user/detail", owner, null);

        call("POST", "/friend/putIn", friend, body -> body.put("user_uid", ownerId));
        JsonNode requests = call("GET", "/v1/socialfriend/putIns", owner, null);
        long friendRequest = requests.get("list").get(0).get("id").asLong();
        call("PUT", "/v1/social/friend/putIn", owner, body -> body.put("friend_req_id", friendRequest));
        call("GET", "/v1/social/friends", owner, null);

        call("POST", "/v1/social/group", owner, null);
        JsonNode groups = call("GET", "/v1/socail/groups", owner, null);
        String group = groups.get("list").get(0).get("id").stringValue();
        call("POST", "/v1/social/group/putIn", friend, body -> body.put("group_id", group));
        JsonNode joinRequests = call("GET", "/v1/social/group/putIns", owner, body -> body.put("group_id", group));
        long joinRequest = joinRequests.get("list").get(0).get("id").asLong();
        call("PUT", "/v1/social/group/putIn", owner, body -> {
            body.put("group_req_id", joinRequest);
            body.put("group_id", group);
            body.put("handle_result", 1);
        });
        call("GET", "/v/social/group/users", friend, body -> body.put("group_id", group));

        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                DOCUMENT.routes().stream().map(route -> route.method() + " " + route.path()).toList());
    }

    /**
     * Calls a route of the document at its documented path with its example body, adjusted by {@code adjust}
     * (ids of this run), and checks the answer against its example.
     */
    private JsonNode call(String method, String path, String token, Consumer<ObjectNode> adjust) {
        ApiDocument.Route route = DOCUMENT.routes().stream()
                .filter(candidate -> candidate.method().equals(method) && candidate.path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("the document has no route " + method + " " + path));
        Api.Request request = api.request(method, path);
        if (token != null) {
            request.bearer(token);
        }
        if (route.requestExample() != null) {
            ObjectNode body = (ObjectNode) JSON.readTree(route.requestExample());
            if (adjust != null) {
                adjust.accept(body);
            }
            request.json(body.toString());
        }
        ApiResponse answer = request.send();
        assertThat(answer.status()).as("%s %s answered %s", method, path, answer.body()).isEqualTo(200);
        JsonNode actual = answer.json();
        List<String> differences = JsonShape.differences(JSON.readTree(route.responseExample()), actual);
        assertThat(differences).as("%s %s: the answer %s differs from the document's example", method, path,
                actual).isEmpty();
        reached.add(method + " " + path);
        return actual;
    }

    @Test
    void theShapeComparisonNoticesARenamedAMissingAndARetypedField() {
        JsonNode example = JSON.readTree("{\"list\":[{\"id\":7,\"friend_uid\":\"10\",\"remark\":\"a\"}]}");

        assertThat(JsonShape.differences(example,
                JSON.readTree("{\"list\":[{\"id\":7,\"friend_uid\":\"10\",\"remarks\":\"a\"}]}")))
                .containsExactly("$.list[0].remark: missing");
        assertThat(JsonShape.differences(example,
                JSON.readTree("{\"list\":[{\"id\":\"7\",\"friend_uid\":\"10\",\"remark\":\"a\"}]}")))
                .containsExactly("$.list[0].id: expected integer but was string (\"7\")");
        assertThat(JsonShape.differences(example, JSON.readTree("{\"list\":[]}")))
                .containsExactly("$.list: expected items like the document's, but the list was empty");
        assertThat(JsonShape.differences(example,
                JSON.readTree("{\"list\":[{\"id\":7,\"friend_uid\":\"10\",\"remark\":\"a\",\"added\":1}]}")))
                .as("an added field is allowed").isEmpty();
        assertThat(JsonShape.differences(JSON.readTree("{\"code\":200,\"data\":{}}"), JSON.readTree("{}")))
                .as("a bare answer where the document shows an envelope")
                .containsExactly("$.code: missing", "$.data: missing");
    }
}
