package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * A request is answered for what is wrong with it: a path no route serves is 404 and a method its path does not
 * serve is 405, with or without a token; only a route that exists and is not public asks for a token, whichever
 * kind of handler serves it (a functional route here, beside the controllers).
 */
@HttpApiTest
@Import(RoutingApiTest.FunctionalRoute.class)
class RoutingApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class FunctionalRoute {

        @Bean
        RouterFunction<ServerResponse> functionalRoute() {
            return RouterFunctions.route().GET("/test/functional", request -> ServerResponse.ok().body("{}"))
                    .build();
        }
    }

    @Autowired
    Api api;

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void anUnknownPathIsNotFound(boolean withToken) {
        String message = as(withToken, api.get("/nothing-here")).send().error(404, 100001);

        assertThat(message).isEqualTo("no route GET /nothing-here");
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void aWrongMethodOnAPublicRouteIsNotAllowedAndNamesTheRightOne(boolean withToken) {
        ApiResponse answer = as(withToken, api.get("/api/v2/user/login")).send();

        assertThat(answer.error(405, 100001)).contains("use POST");
        assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void aWrongMethodOnAProtectedRouteIsNotAllowedAndNamesTheRightOnes(boolean withToken) {
        ApiResponse answer = as(withToken, api.request("DELETE", "/v1/social/friend/putIn")).send();

        assertThat(answer.error(405, 100001)).contains("use ");
        assertThat(answer.headers().firstValue("Allow").orElseThrow().split(", ?"))
                .containsExactlyInAnyOrder("POST", "PUT");
    }

    @Test
    void aBrokenTokenOnAnUnknownPathIsStillNotFound() {
        api.get("/nothing-here").authorization("Bearer not.a.token").send().error(404, 100001);
    }

    @Test
    void everyRouteTheDescriptionListsAsProtectedAsksForATokenWithoutOne() {
        JsonNode description = api.get("/v3/api-docs").send().json();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                boolean isPublic = operation.getValue().has("security")
                        && operation.getValue().get("security").isEmpty();
                if (!isPublic) {
                    String method = operation.getKey().toUpperCase();
                    api.request(method, path.getKey()).send().error(401, 100003);
                    checked.add(method + " " + path.getKey());
                }
            }
        }

        assertThat(checked).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void headOnAProtectedListAsksForATokenAsGetDoes() {
        assertThat(api.request("HEAD", "/v1/social/friends").send().status()).isEqualTo(401);
    }

    @Test
    void headOnAPublicRouteIsPublicAsGetIs() {
        assertThat(api.request("HEAD", "/v3/api-docs").send().status()).isEqualTo(200);
    }

    @Test
    void aRouteOfAnotherKindOfHandlerAsksForATokenToo() {
        api.get("/test/functional").send().error(401, 100003);

        assertThat(api.get("/test/functional").bearer(Accounts.register(api).token()).send().status())
                .isEqualTo(200);
    }

    private Api.Request as(boolean withToken, Api.Request request) {
        return withToken ? request.bearer(Accounts.register(api).token()) : request;
    }
}
