package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HttpApiTest;

/** What every route shares: the error envelope for the HTTP layer's own refusals, limits, request ids, CORS. */
@HttpApiTest
@ExtendWith(OutputCaptureExtension.class)
class HttpEdgeApiTest {

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    /** A registration declared as JSON, its body for the test to add. */
    private Api.Request aJsonRegistration() {
        return api.post("/api/v1/user/register").header("Content-Type", "application/json");
    }

    /** A register body over the limit: a phone of two megabytes. */
    private static byte[] twoMegabytesOfJson() {
        return ("{\"phone\":\"" + "1".repeat(TWO_MEGABYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTwoMegabyteBodyIsRefusedAsTooLarge() {
        String message = aJsonRegistration().rawBody(twoMegabytesOfJson()).send().error(400, 100002);

        assertThat(message).contains("larger than the limit");
    }

    @Test
    void aTwoMegabyteBodySentWithoutALengthIsRefusedAsTooLarge() {
        String message = aJsonRegistration().chunkedBody(twoMegabytesOfJson()).send().error(400, 100002);

        assertThat(message).contains("larger than the limit");
    }

    @Test
    void aBodyThatIsNotJsonByTypeIsRefused() {
        String message = api.post("/api/v1/user/register").header("Content-Type", "text/plain")
                .rawBody(Accounts.aRegistration().json().getBytes(StandardCharsets.UTF_8)).send()
                .error(415, 100002);

        assertThat(message).contains("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "*/*", "application/*", "application/json; charset=no-such-charset", "json" })
    void aContentTypeThatNamesNoReadableTypeIsRefusedAndNothingIsCreated(String contentType) {
        String token = Accounts.register(api).token();

        String message = api.post("/v1/social/group").bearer(token).header("Content-Type", contentType)
                .rawBody("{\"name\":\"群\"}".getBytes(StandardCharsets.UTF_8)).send().error(415, 100002);

        assertThat(message).contains("application/json");
        assertThat(api.get("/v1/social/groups").bearer(token).send().json().get("list")).isEmpty();
    }

    @Test
    void aQueryThatCannotBeDecodedIsRefused() throws IOException {
        String token = Accounts.register(api).token();

        String answer = rawExchange("GET /v1/social/friends?page_token=%%% HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":100002").contains("query string");
    }

    @Test
    void aBrokenChunkedBodyIsRefused() throws IOException {
        String token = Accounts.register(api).token();

        String answer = rawExchange("POST /v1/social/group HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":100002").contains("could not be read");
    }

    @Test
    void anUnknownTransferEncodingIsABadRequestNotAServerError() throws IOException {
        String answer = rawExchange("POST /api/v1/user/register HTTP/1.1\r\nHost: localhost\r\n"
                + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").endsWith("{\"code\":100002,\"msg\":\"unsupported "
                + "Transfer-Encoding; send the body with a Content-Length\",\"data\":null}");
    }

    @Test
    void headersOverTheLimitAreAnswered431() throws IOException {
        String answer = rawExchange("GET /v1/social/friends HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431")
                .endsWith("{\"code\":100002,\"msg\":\"request headers are too large\",\"data\":null}");
    }

    @Test
    void aProtocolVersionTheServerDoesNotSpeakIsAnswered505WithTheEnvelope() throws IOException {
        String answer = rawExchange("GET /v1/social/friends HTTP/2.5\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 505")
                .endsWith("{\"code\":100002,\"msg\":\"http version not supported\",\"data\":null}");
    }

    @Test
    void aPreflightForAMethodThatIsNotAllowedIsRefusedWithTheEnvelope() {
        ApiResponse preflight = api.request("OPTIONS", "/api/v1/user/detail")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "TRACE")
                .send();

        assertThat(preflight.error(403, 100001)).contains("cross-origin request is not allowed");
    }

    /** Routes that end things (unfriending, leaving, removing) are DELETEs and PATCHes: browsers may call them. */
    @ParameterizedTest
    @ValueSource(strings = { "GET", "POST", "PUT", "PATCH", "DELETE" })
    void aPreflightForEveryMethodARouteMayUseIsAllowed(String method) {
        ApiResponse preflight = api.request("OPTIONS", "/v1/social/friends")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", method)
                .send();

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains(method));
    }

    @Test
    void anUnknownRouteAnswersTheEnvelopeWith404() {
        String token = Accounts.register(api).token();

        String message = api.get("/api/v1/user/nothing-here").bearer(token).send().error(404, 100001);

        assertThat(message).isEqualTo("no route GET /api/v1/user/nothing-here");
    }

    @Test
    void aScanOfUnknownPathsWritesNoWarningPerRequest(CapturedOutput log) {
        String token = Accounts.register(api).token();
        int before = log.getOut().length();

        for (String path : List.of("/.env", "/wp-login.php", "/admin", "/api/v1/user/nothing", "/v1/social/x")) {
            api.get(path).bearer(token).send().error(404, 100001);
            api.post(path).bearer(token).json("{}").send().error(404, 100001);
        }

        assertThat(log.getOut().substring(before)).doesNotContain(" WARN ").doesNotContain("ERROR");
    }

    @Test
    void aClientThatHangsUpHalfWayThroughItsBodyWritesNoWarning(CapturedOutput log) throws Exception {
        String token = Accounts.register(api).token();
        int before = log.getOut().length();

        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("POST /v1/social/group HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"name\":").getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(api.get("/v1/social/groups").bearer(token).send().json().get("list")).isEmpty();
        assertThat(log.getOut().substring(before)).doesNotContain(" WARN ").doesNotContain("ERROR");
    }

    @Test
    void aWrongMethodAnswersTheEnvelopeWith405AndNamesTheRightOne() {
        String token = Accounts.register(api).token();

        String message = api.request("DELETE", "/api/v1/user/detail").bearer(token).send().error(405, 100001);

        assertThat(message).contains("use GET");
    }

    @Test
    void aRequestTomcatRefusesItselfStillAnswersTheEnvelope() throws IOException {
        String answer = rawExchange("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json")
                .endsWith("{\"code\":100002,\"msg\":\"bad request\",\"data\":null}");
    }

    @Test
    void aPathThatTriesToClimbOutIsRefusedWithTheEnvelope() {
        String token = Accounts.register(api).token();

        api.get("/api/v1/user/detail/..;/detail").bearer(token).send().error(400, 100002);
    }

    @Test
    void theErrorPageIsNotARouteOfItsOwn() {
        String token = Accounts.register(api).token();

        api.get("/error").bearer(token).send().error(404, 100001);
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsACallersOwn() {
        ApiResponse generated = api.get("/api/v1/user/detail").send();
        ApiResponse kept = api.get("/api/v1/user/detail").header("X-Request-Id", "client-trace-42").send();

        assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("client-trace-42");
    }

    @Test
    void aBrowserPreflightIsAnsweredWithoutAToken() {
        ApiResponse preflight = api.request("OPTIONS", "/api/v1/user/detail")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .send();

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    }

    @Test
    void aBrowsersRealRequestGetsTheCorsHeader() {
        ApiResponse answer = api.post("/api/v1/user/register").header("Origin", "http://localhost:5173")
                .json(Accounts.aRegistration().json()).send();

        answer.data();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
    }
}
