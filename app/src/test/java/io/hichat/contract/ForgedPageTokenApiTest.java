package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;

/**
 * A page token is opaque: only the server writes one. Whatever a client sends in its place, on every paged route,
 * is refused with 400 and the envelope, never a 500 and never a page.
 */
@HttpApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedPageTokenApiTest {

    /** Every paged route, with what it needs besides the token; {@code {group}} is a group the caller created. */
    private static final List<String> PAGED_ROUTES = List.of(
            "/v1/social/friend/putIns?class=2",
            "/v1/social/friends?",
            "/v1/social/groups?",
            "/v1/social/group/putIns?class=1",
            "/v1/social/group/putIns?class=2&group_id={group}",
            "/v1/social/group/users?group_id={group}");

    /** Tokens this server never writes: not Base64, another version, no keys, not numbers, out of range. */
    private static final List<String> FORGED_TOKENS = List.of(
            "nope",
            "a",
            "!!",
            token("2:5"),
            token("1:"),
            token("1:,"),
            token("1:abc"),
            token("1:5,"),
            token("1:99999999999999999999"),
            token("1:-3"),
            token("1:-3,-3"),
            token("1:0,"),
            token("1:9,9,9"),
            token("1:7,1"),
            token("1:0"),
            token("hello"),
            token("1:" + "9".repeat(5000)));

    @Autowired
    Api api;

    Account caller;
    String group;

    @BeforeAll
    void aUserWithAGroup() {
        caller = Accounts.register(api);
        ApiResponse created = api.post("/v1/social/group").bearer(caller.token()).json("{\"name\":\"forgers\"}")
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        group = created.json().get("id").stringValue();
    }

    Stream<Arguments> forgedTokensOnEveryPagedRoute() {
        return PAGED_ROUTES.stream().flatMap(route -> FORGED_TOKENS.stream().map(token -> Arguments.of(route, token)));
    }

    @ParameterizedTest(name = "{0} with page_token {1}")
    @MethodSource("forgedTokensOnEveryPagedRoute")
    void aForgedPageTokenIsRefusedWith400(String route, String token) {
        ApiResponse answer = api.get(route.replace("{group}", group) + "&page_token=" + token)
                .bearer(caller.token()).send();

        assertThat(answer.error(400, 100002)).startsWith("page_token is not valid");
    }

    /** The same routes answer 200 without a token, so it is the token they refuse. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedRoutes")
    void withoutATokenTheSameRouteAnswers(String route) {
        ApiResponse answer = api.get(route.replace("{group}", group) + "&page_size=1").bearer(caller.token()).send();

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    Stream<String> pagedRoutes() {
        return PAGED_ROUTES.stream();
    }

    private static String token(String cursor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }
}
