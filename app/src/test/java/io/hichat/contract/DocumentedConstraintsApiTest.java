package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
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
 * What the API description says of each request, the server holds to. For every route with a JSON body, a body
 * breaking one documented rule (a required field left out, a pattern, a length, an enum, a minimum) is refused with
 * 400 and code 100002 and a message naming the field; a body with a field at its documented limit is not refused;
 * and a body meeting every rule is accepted. Query parameters' documented rules are held the same way. The rules
 * are read from the served description, so one documented but not enforced, or enforced more strictly than
 * documented, fails here.
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
    Parties parties;
    SoftAssertions softly;

    /** A value for one field, and the rule it breaks or the limit it sits on. */
    record Value(String field, String rule, JsonNode value) {
    }

    @BeforeEach
    void parties() {
        parties = new Parties(api);
        softly = new SoftAssertions();
    }

    @Test
    void everyDocumentedRuleOfARequestBodyIsHeldAtItsLimitAndBeyondIt() {
        List<DescribedOperation> operations = DescribedOperation.all(api).stream()
                .filter(DescribedOperation::hasBody).toList();
        Map<String, Integer> rulesByRoute = new TreeMap<>();

        for (DescribedOperation operation : operations) {
            String route = operation.method() + " " + operation.path();
            ObjectNode base = parties.body(operation);
            List<Value> broken = new ArrayList<>();
            List<Value> atTheLimit = new ArrayList<>();
            readRules(operation.requestSchema(), base, broken, atTheLimit);
            for (Value value : broken) {
                ApiResponse answer = parties.request(operation, with(base, value).toString()).send();
                refused(answer, route + " with " + value.field() + " " + value.rule(), value.field());
            }
            for (Value value : atTheLimit) {
                ApiResponse answer = parties.request(operation, with(parties.body(operation), value).toString())
                        .send();
                softly.assertThat(answer.status()).as("%s with %s %s: %s", route, value.field(), value.rule(),
                        answer.body()).isNotEqualTo(400).isLessThan(500);
            }
            ApiResponse valid = parties.request(operation, parties.body(operation).toString()).send();
            softly.assertThat(valid.status()).as("%s with a body meeting every rule: %s", route, valid.body())
                    .isBetween(200, 299);
            rulesByRoute.put(route, broken.size());
        }
        softly.assertAll();

        assertThat(operations).as("routes with a JSON body").hasSizeGreaterThanOrEqualTo(10);
        assertThat(rulesByRoute.values().stream().mapToInt(Integer::intValue).sum())
                .as("documented rules broken").isGreaterThanOrEqualTo(45);
        assertThat(rulesByRoute).as("documented rules per route")
                .allSatisfy((route, count) -> assertThat(count).as(route).isPositive());
    }

    @Test
    void everyDocumentedRuleOfAQueryParameterIsHeld() {
        int broken = 0;
        for (DescribedOperation operation : DescribedOperation.all(api)) {
            for (Map.Entry<String, JsonNode> parameter : operation.queryParameterSchemas().entrySet()) {
                for (String value : beyond(parameter.getValue())) {
                    String route = operation.method() + " " + operation.path() + "?" + parameter.getKey() + "="
                            + value;
                    String query = "?" + parameter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    Api.Request request = api.request(operation.method(), operation.path() + query);
                    refused((operation.isPublic() ? request : request.bearer(parties.tokenFor(operation))).send(),
                            route, parameter.getKey());
                    broken++;
                }
            }
        }
        softly.assertAll();

        assertThat(broken).as("documented rules of query parameters broken").isGreaterThanOrEqualTo(15);
    }

    private void refused(ApiResponse answer, String what, String field) {
        softly.assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(400);
        softly.assertThat(answer.body()).as("%s: the code and a message naming the field", what)
                .contains("\"code\":100002").containsPattern("\"msg\":\"[^\"]*" + Pattern.quote(field));
    }

    /** Each documented rule of the body's fields: a value beyond it, and where it has one, a value at its limit. */
    private static void readRules(JsonNode schema, ObjectNode base, List<Value> broken, List<Value> atTheLimit) {
        schema.path("required").forEach(required -> broken.add(new Value(required.stringValue(), "left out", null)));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = property.getKey();
            JsonNode rules = property.getValue();
            JsonNode value = base.path(field);
            String start = value.isString() ? value.stringValue() : "";
            if (rules.has("pattern")) {
                broken.add(new Value(field, "not matching its pattern", text(notMatching(rules))));
            }
            if (rules.path("minLength").asInt(0) > 0) {
                int least = rules.get("minLength").asInt();
                broken.add(new Value(field, "shorter than minLength", text("x".repeat(least - 1))));
                atTheLimit.add(new Value(field, "at minLength", text("x".repeat(least))));
            }
            if (rules.has("maxLength")) {
                int most = rules.get("maxLength").asInt();
                atTheLimit.add(new Value(field, "at maxLength", text(padded(start, most))));
                broken.add(new Value(field, "longer than maxLength", text(padded(start, most + 1))));
            }
            if (rules.has("enum")) {
                broken.add(new Value(field, "outside its enum", outside(rules.get("enum"))));
            }
            if (rules.path("items").has("enum")) {
                broken.add(new Value(field, "with an item outside its enum",
                        JSON.createArrayNode().add(outside(rules.get("items").get("enum")))));
            }
            if (rules.has("minimum")) {
                broken.add(new Value(field, "below minimum", JSON.valueToTree(rules.get("minimum").asLong() - 1)));
            }
        }
    }

    /** Query values beyond each documented rule of a parameter, as the text of the query. */
    private static List<String> beyond(JsonNode schema) {
        List<String> values = new ArrayList<>();
        JsonNode rules = schema.path("items").isObject() ? schema.get("items") : schema;
        if (rules.has("pattern")) {
            values.add(notMatching(rules));
        }
        if (rules.has("enum")) {
            values.add(outside(rules.get("enum")).asString());
        }
        if (rules.has("minimum")) {
            values.add(Long.toString(rules.get("minimum").asLong() - 1));
        }
        if (rules.has("maximum")) {
            values.add(Long.toString(rules.get("maximum").asLong() + 1));
        }
        return values;
    }

    /** The body with the value's field set to it, or left out for none. */
    private static ObjectNode with(ObjectNode body, Value value) {
        ObjectNode changed = body.deepCopy();
        if (value.value() == null) {
            changed.remove(value.field());
        } else {
            changed.set(value.field(), value.value());
        }
        return changed;
    }

    private static String notMatching(JsonNode rules) {
        Pattern pattern = Pattern.compile(rules.get("pattern").stringValue());
        return NOT_MATCHING.stream().filter(text -> !pattern.matcher(text).find()).findFirst().orElseThrow();
    }

    /** The valid value, cut or lengthened with x to exactly {@code length} characters. */
    private static String padded(String start, int length) {
        String cut = start.codePointCount(0, start.length()) > length ? "" : start;
        return cut + "x".repeat(length - cut.codePointCount(0, cut.length()));
    }

    private static JsonNode text(String value) {
        return JSON.valueToTree(value);
    }

    /** One more than the largest value the enum lists, in the enum's own JSON type. */
    private static JsonNode outside(JsonNode listed) {
        int largest = 0;
        for (JsonNode value : listed) {
            largest = Math.max(largest, Integer.parseInt(value.asString()));
        }
        return listed.get(0).isNumber() ? JSON.valueToTree(largest + 1) : text(Integer.toString(largest + 1));
    }
}
