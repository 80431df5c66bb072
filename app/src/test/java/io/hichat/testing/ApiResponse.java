package io.hichat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the server: status, headers and the body, parsed as JSON on demand. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code data} of a successful user-route answer, after checking the envelope around it. */
    public JsonNode data() {
        assertThat(status).as("HTTP status of %s", body).isEqualTo(200);
        JsonNode envelope = json();
        assertThat(envelope.get("code").isInt()).isTrue();
        assertThat(envelope.get("code").asInt()).isEqualTo(200);
        assertThat(envelope.get("msg").stringValue()).isEmpty();
        return envelope.get("data");
    }

    /** A field of a successful answer whose body is bare JSON, as the social routes answer, after checking the 200. */
    public JsonNode okField(String name) {
        assertThat(status).as(body).isEqualTo(200);
        return json().get(name);
    }

    /** Checks this is the contract's error envelope with the given status and code; returns the message. */
    public String error(int expectedStatus, int expectedCode) {
        assertThat(status).as("HTTP status of %s", body).isEqualTo(expectedStatus);
        assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode envelope = json();
        assertThat(envelope.propertyNames()).containsExactlyInAnyOrder("code", "msg", "data");
        assertThat(envelope.get("code").isInt()).isTrue();
        assertThat(envelope.get("code").asInt()).isEqualTo(expectedCode);
        assertThat(envelope.get("data").isNull()).isTrue();
        String message = envelope.get("msg").stringValue();
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("io.hichat")
                .doesNotContain("SQL").doesNotContain("\tat ");
        return message;
    }
}
