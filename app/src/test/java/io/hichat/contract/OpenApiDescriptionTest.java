package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.platform.openapi.ApiDocument;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;

/**
 * The published API description covers every route, marks the document's aliases deprecated, and is the one
 * checked in as {@code docs/openapi.yaml}. After a change to the API, refresh the copy with
 * {@code ./mvnw verify -Dhichat.openapi.write=true} and review its diff.
 */
@HttpApiTest
class OpenApiDescriptionTest {

    @Autowired
    Api api;

    @Test
    void theCheckedInDescriptionIsTheServedOne() throws IOException {
        CheckedInDescription.assertIsTheServedOne("openapi.yaml", api.get("/v3/api-docs.yaml").send());
    }

    @Test
    void everyRouteOfTheDocumentIsDescribedWithItsExamples() {
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");

        for (ApiDocument.Route route : ApiDocument.load().routes()) {
            JsonNode operation = paths.get(route.path()).get(route.method().toLowerCase());
            assertThat(operation).as(route.method() + " " + route.path()).isNotNull();
            assertThat(operation.get("summary").stringValue()).isEqualTo(route.title());
            assertThat(operation.get("responses").get("200").toString()).contains("from the API document");
            assertThat(operation.get("responses").has("400")).isTrue();
        }
    }

    @Test
    void aliasesAreDeprecatedInFavourOfTheirCanonicalPaths() {
        JsonNode paths = api.get("/v3/api-docs").send().json().get("paths");

        assertThat(paths.get("/api/v2/user/login").get("post").get("deprecated").asBoolean()).isTrue();
        assertThat(paths.get("/friend/putIn").get("post").get("description").stringValue())
                .contains("/v1/social/friend/putIn");
        assertThat(paths.get("/v1/social/friend/putIn").get("post").has("deprecated")).isFalse();
        assertThat(paths.get("/v1/social/group/invite").get("post")).isNotNull();
        assertThat(paths.has("/error")).isFalse();
    }

    @Test
    void registerAndLoginNeedNoTokenAndEverythingElseDoes() {
        JsonNode description = api.get("/v3/api-docs").send().json();
        JsonNode paths = description.get("paths");

        assertThat(description.get("components").get("securitySchemes").get("accessToken").get("scheme")
                .stringValue()).isEqualTo("bearer");
        assertThat(paths.get("/api/v1/user/register").get("post").get("security")).isEmpty();
        assertThat(paths.get("/api/v1/user/login").get("post").get("security")).isEmpty();
        assertThat(paths.get("/api/v1/user/detail").get("get").has("security")).isFalse();
        assertThat(description.get("security").get(0).has("accessToken")).isTrue();
    }

    @Test
    void theBrowsableUiAnswersWithoutAToken() {
        ApiResponse page = api.get("/swagger-ui/index.html").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(api.get("/swagger-ui.html").send().status()).isIn(200, 302);
    }
}
