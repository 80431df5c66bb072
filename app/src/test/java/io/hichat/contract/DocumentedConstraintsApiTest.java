package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API description says of each request body, the server holds to: for every route with a JSON body, a
 * body breaking one documented constraint (a required field left out, a pattern, a length, an enum, a minimum) is
 * refused with 400 and code 100002, and then a body meeting them all is accepted. The constraints are read from the
 * served description, so a rule documented but not enforced, or one a change drops from the server, fails here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.password.strength=4" })
@Import(HttpApiTest.ApiConfiguration.class)
class DocumentedConstraintsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Text tried, in this order, as a value that does not match a documented pattern. */
    private static final List<String> NOT_MATCHING = List.of("abc!", "   ", "-1", "ftp://example.com/a.png");

    @Autowired
    Api api;

    /** A body wrong in one documented way. */
    record Violation(String constraint, ObjectNode body) {
    }

    @Test
    void everyDocumentedConstraintOfARequestBodyIsEnforcedAndABodyMeetingThemAllIsAccepted() {
        Parties parties = new Parties(api);
        List<DescribedOperation> operations = DescribedOperation.all(api).stream()
                .filter(DescribedOperation::hasBody).toList();
        Map<String, Integer> constraintsByRoute = new TreeMap<>();
        SoftAssertions softly = new SoftAssertions();

        for (DescribedOperation operation : operations) {
            String route = operation.method() + " " + operation.path();
            List<Violation> violations = violations(operation.requestSchema(), parties.body(operation));
            for (Violation violation : violations) {
                ApiResponse answer = parties.request(operation, violation.body().toString()).send();
                softly.assertThat(answer.status()).as("%s with %s: %s", route, violation.constraint(), answer.body())
                        .isEqualTo(400);
                softly.assertThat(answer.body()).as("%s with %s", route, violation.constraint())
                        .contains("\"code\":100002");
            }
            ApiResponse valid = parties.request(operation, parties.body(operation).toString()).send();
            softly.assertThat(valid.status()).as("%s with a body meeting every constraint: %s", route, valid.body())
                    .isBetween(200, 299);
            constraintsByRoute.put(route, violations.size());
        }
        softly.assertAll();

        assertThat(operations).as("routes with a JSON body").hasSizeGreaterThanOrEqualTo(10);
        assertThat(constraintsByRoute.values().stream().mapToInt(Integer::intValue).sum())
                .as("documented constraints checked").isGreaterThanOrEqualTo(40);
        assertThat(constraintsByRoute).as("documented constraints per route")
                .allSatisfy((route, count) -> assertThat(count).as(route).isPositive());
    }

    /** One body per documented constraint, each otherwise the valid one. */
    private static List<Violation> violations(JsonNode schema, ObjectNode valid) {
        List<Violation> violations = new ArrayList<>();
        schema.path("required").forEach(required -> {
            ObjectNode body = valid.deepCopy();
            body.remove(required.stringValue());
            violations.add(new Violation(required.stringValue() + " left out", body));
        });
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = property.getKey();
            JsonNode rules = property.getValue();
            JsonNode value = valid.path(field);
            if (rules.has("pattern")) {
                Pattern pattern = Pattern.compile(rules.get("pattern").stringValue());
                String wrong = NOT_MATCHING.stream().filter(text -> !pattern.matcher(text).find()).findFirst()
                        .orElseThrow();
                violations.add(with(valid, field, "not matching " + pattern, JSON.valueToTree(wrong)));
            }
            if (rules.path("minLength").asInt(0) > 0) {
                String tooShort = "x".repeat(rules.get("minLength").asInt() - 1);
                violations.add(with(valid, field, "shorter than minLength", JSON.valueToTree(tooShort)));
            }
            if (rules.has("maxLength")) {
                String start = value.isString() ? value.stringValue() : "";
                String tooLong = start + "x".repeat(Math.max(1, rules.get("maxLength").asInt() + 1 - start.length()));
                violations.add(with(valid, field, "longer than maxLength", JSON.valueToTree(tooLong)));
            }
            if (rules.has("enum")) {
                violations.add(with(valid, field, "outside the enum", JSON.valueToTree(outside(rules.get("enum")))));
            }
            if (rules.path("items").has("enum")) {
                violations.add(with(valid, field, "an item outside the enum",
                        JSON.createArrayNode().add(outside(rules.get("items").get("enum")))));
            }
            if (rules.has("minimum")) {
                violations.add(with(valid, field, "below minimum",
                        JSON.valueToTree(rules.get("minimum").asLong() - 1)));
            }
        }
        return violations;
    }

    private static Violation with(ObjectNode valid, String field, String constraint, JsonNode value) {
        ObjectNode body = valid.deepCopy();
        body.set(field, value);
        return new Violation(field + " " + constraint, body);
    }

    /** One more than the largest value the enum lists, in the enum's own JSON type. */
    private static JsonNode outside(JsonNode listed) {
        int largest = 0;
        for (JsonNode value : listed) {
            largest = Math.max(largest, Integer.parseInt(value.asString()));
        }
        String beyond = Integer.toString(largest + 1);
        return listed.get(0).isNumber() ? JSON.valueToTree(largest + 1) : JSON.valueToTree(beyond);
    }
}
