package io.hichat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Jwt;
import io.hichat.testing.RawHttp;
import io.hichat.testing.RawHttp.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the served OpenAPI description, for every route and documented alias it lists, each
 * wrong in one way a client, a proxy or the network could make it wrong. Whatever arrives, the server answers
 * below 500 (505 only for a protocol version it does not speak), every error is the contract's envelope, and the
 * server keeps answering. The classes of wrongness:
 * <ul>
 * <li>every body field as each JSON type but its own, as null, left out, huge and negative numbers, fractions,
 * empty and blank text, control characters with NUL, half surrogate pairs, long text, markup and SQL;</li>
 * <li>whole bodies: empty, not an object, malformed, truncated, deeply nested, duplicated keys, a byte-order mark,
 * bytes that are not UTF-8, over the size limit, a declared length that lies;</li>
 * <li>content types: none, wildcards, other types, unknown and wrong charsets, forms;</li>
 * <li>every query parameter as empty, negative, huge, fractional, textual, a list with holes, bad %-escapes, NUL,
 * long, and forged or garbled page tokens;</li>
 * <li>paths with trailing slashes, dot segments, encoded slashes and NUL, matrix parameters, other case; every
 * method on every path;</li>
 * <li>access tokens missing, malformed, unsigned, forged, in the wrong scheme;</li>
 * <li>the protocol itself: unknown and doubled transfer codings, broken chunks, contradictory lengths, header
 * floods, other HTTP versions.</li>
 * </ul>
 * Bodies name things that exist, and a different one each time (another user to befriend, another group to join, a
 * phone not yet registered), so that the values that pass the checks reach the database. Passwords are hashed at
 * the lowest cost here, to afford that many accounts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.password.strength=4" })
@Import(HttpApiTest.ApiConfiguration.class)
class GeneratedRequestsApiTest {

    private static final Logger log = LoggerFactory.getLogger(GeneratedRequestsApiTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MINIMUM_REQUESTS = 2000;
    private static final int CLIENTS = 4;
    private static final int HEALTH_CHECK_EVERY = 250;
    private static final Set<Integer> CONTRACT_CODES = Set.of(100001, 100002, 100003, 100004, 100005, 100006);

    /** Each a JSON value to put where a field's value goes. */
    private static final List<String> FIELD_VALUES = List.of("true", "false", "0", "-1", "1", "1.5", "-0.0",
            "1e308", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "null", "[]", "[1]", "[\"1\"]", "[null]", "{}", "{\"a\":1}", "\"\"",
            "\"   \"", "\"0\"", "\"-1\"", "\"1.5\"", "\"1e3\"", "\"abc\"", "\"true\"", "\"null\"", "\"\\u0000\"",
            "\"a\\u0000b\"", "\"\\u0001\\u001f\\u007f\"", "\"\\u0085\\u2028\\u2029\"", "\"\\ud800\"",
            "\"\\udfff\"", "\"x\\ud83e\"", "\"\\ud83e\\udd80\"", "\"\\u202eRTL\"", "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"", "\"../../etc/passwd\"", "\"javascript:alert(1)\"", "\"http://\"",
            "\"" + "x".repeat(300) + "\"", "\"" + "汉".repeat(5000) + "\"", "\"" + "9".repeat(40) + "\"",
            "\"%00\"", "\"+\"");

    /** Each a whole body, as the bytes sent. */
    private static final List<String> WHOLE_BODIES = List.of("", " ", "null", "true", "0", "\"text\"", "[]",
            "[{}]", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{}}", "{} {}", "{\"a\":1,}", "{/*c*/}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "[".repeat(3000) + "]".repeat(3000),
            "{\"a\":".repeat(1000) + "1" + "}".repeat(1000));

    private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain", "application/xml",
            "application/json; charset=utf-16", "application/json; charset=no-such-charset",
            "application/json; charset=\"", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "json", "", ";;;");

    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "1", "1001", "2147483648",
            "99999999999999999999", "1.5", "abc", "true", "1,", ",", ",,1", "%00", "%ff", "%", "%%%", "%zz", "%C0%AF",
            "%E6%B1%89", "x".repeat(5000), "1%2C2", "%2e%2e%2f", "null", "[]", "MToxLDI", "MTo5LDU", "MTotMQ",
            "MjoxLDI", "MTphYmM", "MTo", "!!!", "MToxOTIyMzM3MjAzNjg1NDc3NTgwOA");

    private static final List<String> PATH_SUFFIXES = List.of("/", "//", "/.", "/..", "/%2e%2e/x", "%00", "%2F",
            ";jsessionid=1", ";a=b/", "/x", "%", "%zz", "?", "#frag", "/%C0%AF", "/\u6c49");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "TRACE", "CONNECT", "PROPFIND", "get");

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    /** One generated request and the class of wrongness it belongs to. */
    record Case(String kind, String method, String target, Map<String, String> headers, byte[] body) {

        byte[] bytes() {
            return RawHttp.request(method, target, headers, body);
        }

        String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            return kind + ": " + method + " " + target + " " + headers + " "
                    + text.substring(0, Math.min(text.length(), 200));
        }
    }

    @Test
    void noGeneratedRequestGetsAServerErrorAndEveryErrorIsTheEnvelope() throws Exception {
        Parties fixture = new Parties(api);
        List<DescribedOperation> operations = DescribedOperation.all(api);
        assertThat(operations).as("routes and aliases in the API description").hasSizeGreaterThanOrEqualTo(20);

        List<Case> cases = new ArrayList<>();
        for (DescribedOperation operation : operations) {
            cases.addAll(fieldCases(operation, fixture));
            cases.addAll(bodyCases(operation, fixture));
            cases.addAll(queryCases(operation, fixture));
            cases.addAll(pathAndMethodCases(operation, fixture));
            cases.addAll(tokenCases(operation, fixture));
        }
        cases.addAll(protocolCases(fixture));

        Map<String, Integer> sentByKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int from = 0; from < cases.size(); from += HEALTH_CHECK_EVERY) {
                List<Future<String>> checked = new ArrayList<>();
                for (Case request : cases.subList(from, Math.min(cases.size(), from + HEALTH_CHECK_EVERY))) {
                    checked.add(clients.submit(() -> check(request)));
                    sentByKind.merge(request.kind(), 1, Integer::sum);
                }
                for (Future<String> result : checked) {
                    String failure = result.get();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
                assertThat(api.get("/api/v1/user/detail").bearer(fixture.alice.token()).send().status())
                        .as("the server still answers after %d generated requests", from + HEALTH_CHECK_EVERY)
                        .isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }

        log.info("Sent {} generated requests over {} routes and aliases: {}", cases.size(), operations.size(),
                sentByKind);
        assertThat(failures).as("answers that break the rule").isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        assertThat(api.post("/api/v1/user/login").json("{\"phone\":\"" + fixture.alice.phone() + "\",\"password\":\""
                + fixture.alice.password() + "\"}").send().status()).as("the fixture's account still logs in")
                .isEqualTo(200);
    }

    /** What is wrong with the answer to one request, or {@code null} when nothing is. */
    private String check(Case request) {
        Answer answer;
        try {
            answer = RawHttp.exchange(port, request.bytes());
        } catch (RuntimeException noAnswer) {
            return "no answer (" + noAnswer.getMessage() + ") for " + request.describe();
        }
        boolean unknownVersion = answer.status() == 505 && request.kind().equals("protocol");
        if (answer.status() >= 500 && !unknownVersion) {
            return answer.status() + " " + answer.body() + " for " + request.describe();
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return null;
        }
        String contentType = answer.headers().getOrDefault("content-type", "");
        if (!contentType.startsWith("application/json")) {
            return "an error without JSON (" + contentType + ") for " + request.describe();
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            return "an error body that is not JSON: " + answer.body() + " for " + request.describe();
        }
        boolean isEnvelope = envelope.isObject() && envelope.size() == 3 && envelope.path("code").isInt()
                && CONTRACT_CODES.contains(envelope.get("code").asInt()) && envelope.path("msg").isString()
                && !envelope.get("msg").stringValue().isBlank() && envelope.has("data")
                && envelope.get("data").isNull();
        String message = envelope.path("msg").asString("");
        boolean leaks = message.contains("Exception") || message.contains("io.hichat") || message.contains("\tat ")
                || message.contains("SQL");
        return isEnvelope && !leaks ? null : "not the envelope: " + answer.body() + " for " + request.describe();
    }

    private List<Case> fieldCases(DescribedOperation operation, Parties fixture) {
        List<Case> cases = new ArrayList<>();
        for (String field : operation.fieldTypes().keySet()) {
            for (String value : FIELD_VALUES) {
                cases.add(jsonCase("field", operation, fixture, withField(fixture.body(operation), field, value)));
            }
            ObjectNode without = fixture.body(operation);
            without.remove(field);
            cases.add(jsonCase("field", operation, fixture, without.toString()));
        }
        if (operation.hasBody()) {
            cases.add(jsonCase("field", operation, fixture, withField(fixture.body(operation), "unknown", "1")));
        }
        return cases;
    }

    private List<Case> bodyCases(DescribedOperation operation, Parties fixture) {
        if (!operation.hasBody()) {
            return List.of();
        }
        List<Case> cases = new ArrayList<>();
        String example = fixture.body(operation).toString();
        WHOLE_BODIES.forEach(body -> cases.add(jsonCase("body", operation, fixture, body)));
        cases.add(jsonCase("body", operation, fixture, example.substring(0, example.length() / 2)));
        cases.add(jsonCase("body", operation, fixture, "\uFEFF" + example));
        cases.add(jsonCase("body", operation, fixture, "{\"a\":\"" + "x".repeat(17_000) + "\"}"));
        String firstField = operation.fieldTypes().keySet().iterator().next();
        cases.add(jsonCase("body", operation, fixture, "{\"" + firstField + "\":\"1\",\"" + firstField + "\":2}"));
        cases.add(new Case("body", operation.method(), operation.path(), headers(operation, fixture,
                "application/json"), new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' }));
        cases.add(new Case("body", operation.method(), operation.path(), headers(operation, fixture,
                "application/json"), example.getBytes(StandardCharsets.UTF_16)));
        Map<String, String> lyingLength = headers(operation, fixture, "application/json");
        lyingLength.put("Content-Length", "3");
        cases.add(new Case("body", operation.method(), operation.path(), lyingLength,
                example.getBytes(StandardCharsets.UTF_8)));
        for (String contentType : CONTENT_TYPES) {
            cases.add(new Case("content type", operation.method(), operation.path(),
                    headers(operation, fixture, contentType), example.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> noType = headers(operation, fixture, null);
        cases.add(new Case("content type", operation.method(), operation.path(), noType,
                example.getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    private List<Case> queryCases(DescribedOperation operation, Parties fixture) {
        List<Case> cases = new ArrayList<>();
        for (String parameter : operation.queryParameters()) {
            for (String value : QUERY_VALUES) {
                cases.add(new Case("query", operation.method(), operation.path() + "?" + parameter + "=" + value,
                        headers(operation, fixture, null), new byte[0]));
            }
            cases.add(new Case("query", operation.method(), operation.path() + "?" + parameter + "=1&" + parameter
                    + "=2&" + parameter + "=", headers(operation, fixture, null), new byte[0]));
            cases.add(new Case("query", operation.method(), operation.path() + "?" + parameter,
                    headers(operation, fixture, null), new byte[0]));
        }
        return cases;
    }

    private List<Case> pathAndMethodCases(DescribedOperation operation, Parties fixture) {
        List<Case> cases = new ArrayList<>();
        for (String suffix : PATH_SUFFIXES) {
            cases.add(new Case("path", operation.method(), operation.path() + suffix,
                    headers(operation, fixture, null), new byte[0]));
        }
        cases.add(new Case("path", operation.method(), operation.path().toUpperCase(),
                headers(operation, fixture, null), new byte[0]));
        for (String method : METHODS) {
            cases.add(new Case("method", method, operation.path(), headers(operation, fixture, null), new byte[0]));
        }
        return cases;
    }

    private List<Case> tokenCases(DescribedOperation operation, Parties fixture) {
        String token = fixture.tokenFor(operation);
        String[] parts = token.split("\\.");
        String unsigned = Jwt.encodePart("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String forged = parts[0] + "." + Jwt.encodePart("{\"hichat2.com\":\"1\",\"exp\":9999999999}") + "." + parts[2];
        List<String> authorizations = List.of("Bearer", "Bearer ", "Basic YTpi", "Bearer " + unsigned,
                "Bearer " + forged, "Bearer " + token + "x", "Bearer a.b.c", token + " " + token, "Bearer \u00e9",
                "Bearer " + "a".repeat(7000));
        List<Case> cases = new ArrayList<>();
        for (String authorization : authorizations) {
            Map<String, String> headers = headers(operation, fixture, operation.hasBody() ? "application/json" : null);
            headers.put("Authorization", authorization);
            cases.add(new Case("token", operation.method(), operation.path(), headers,
                    operation.hasBody() ? fixture.body(operation).toString().getBytes(StandardCharsets.UTF_8)
                            : new byte[0]));
        }
        return cases;
    }

    private List<Case> protocolCases(Parties fixture) {
        String path = "/v1/social/group";
        byte[] body = "{\"name\":\"协议\"}".getBytes(StandardCharsets.UTF_8);
        List<Map<String, String>> framings = List.of(
                Map.of("Transfer-Encoding", "gzip"),
                Map.of("Transfer-Encoding", "chunked, chunked"),
                Map.of("Transfer-Encoding", "identity"),
                Map.of("Transfer-Encoding", "chunked", "Content-Length", "5"),
                Map.of("Content-Length", "abc"),
                Map.of("Content-Length", "-1"),
                Map.of("Content-Length", "99999999999999999999"),
                Map.of("Content-Length", "5, 6"),
                Map.of("Expect", "100-continue", "Content-Length", String.valueOf(body.length)),
                Map.of("Expect", "the-unexpected", "Content-Length", String.valueOf(body.length)));
        List<Case> cases = new ArrayList<>();
        for (Map<String, String> framing : framings) {
            Map<String, String> headers = new LinkedHashMap<>(framing);
            headers.put("Authorization", "Bearer " + fixture.alice.token());
            headers.put("Content-Type", "application/json");
            cases.add(new Case("protocol", "POST", path, headers, body));
        }
        Map<String, String> chunked = new LinkedHashMap<>();
        chunked.put("Authorization", "Bearer " + fixture.alice.token());
        chunked.put("Content-Type", "application/json");
        chunked.put("Transfer-Encoding", "chunked");
        for (String chunks : List.of("ZZ\r\n{}\r\n0\r\n\r\n", "2\r\n{}\r\n", "ffffffffffffffff\r\n{}\r\n0\r\n\r\n",
                "2;ext=" + "x".repeat(10_000) + "\r\n{}\r\n0\r\n\r\n", "2\r\n{}0\r\n\r\n")) {
            cases.add(new Case("protocol", "POST", path, chunked, chunks.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> flood = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            flood.put("X-Flood-" + i, "1");
        }
        cases.add(new Case("protocol", "GET", "/v1/social/friends", flood, new byte[0]));
        cases.add(new Case("protocol", "GET", "/v1/social/friends", Map.of("X-Big", "x".repeat(20_000)),
                new byte[0]));
        cases.add(new Case("protocol", "GET", "/" + "a".repeat(20_000), Map.of(), new byte[0]));
        cases.add(new Case("protocol", "GET", "*", Map.of(), new byte[0]));
        cases.add(new Case("protocol", "GET", "http://localhost/v1/social/friends",
                Map.of("Authorization", "Bearer " + fixture.alice.token()), new byte[0]));
        for (String version : List.of("HTTP/1.0", "HTTP/1.2", "HTTP/2.0", "HTTP/0.9", "HTTP/x")) {
            cases.add(new Case("protocol", "GET", "/v1/social/friends " + version + "\r\nX-Version: 1", Map.of(
                    "Authorization", "Bearer " + fixture.alice.token()), new byte[0]));
        }
        return cases;
    }

    private Case jsonCase(String kind, DescribedOperation operation, Parties fixture, String body) {
        return new Case(kind, operation.method(), operation.path(), headers(operation, fixture, "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(DescribedOperation operation, Parties fixture, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!operation.isPublic()) {
            headers.put("Authorization", "Bearer " + fixture.tokenFor(operation));
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    /** The object with {@code field} set to the JSON value written as {@code value}, whatever that value is. */
    private static String withField(ObjectNode object, String field, String value) {
        ObjectNode rest = object;
        rest.remove(field);
        String others = rest.toString();
        return "{\"" + field + "\":" + value + (others.equals("{}") ? "}" : "," + others.substring(1));
    }
}
