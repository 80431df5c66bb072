package io.hichat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;

/**
 * Clients that send slowly, or stop half-way, hold connections but never the request threads: everybody else keeps
 * being answered, and the slow ones get 408 when the read timeout is up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "hichat.server.additional-port=0", "hichat.http.read-timeout=3s" })
class SlowClientApiTest {

    private static final int SLOW_CLIENTS = 100;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PROMPT = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @Test
    void aHundredHalfSentBodiesDelayNobodyElseAndAreAnswered408AtTheBound() throws Exception {
        Api api = new Api(port);
        String token = Accounts.register(api).token();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(i % 2 == 0 ? halfSent(token, "Content-Length: 200\r\n\r\n{")
                        : halfSent(token, "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"na"));
            }

            long until = System.nanoTime() + READ_TIMEOUT.minusMillis(800).toNanos();
            int answered = 0;
            while (System.nanoTime() < until) {
                assertAnsweredPromptly(() -> api.get("/v1/social/friends").bearer(token).send(), 200);
                assertAnsweredPromptly(() -> api.post("/v1/social/group").bearer(token).json("{\"name\":\"快\"}")
                        .send(), 200);
                answered += 2;
            }
            assertThat(answered).isGreaterThan(10);

            for (Socket client : slow) {
                String answer = readAll(client);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close")
                        .endsWith("{\"code\":100002,\"msg\":\"the request body did not arrive within 3000 ms\","
                                + "\"data\":null}");
            }
        } finally {
            for (Socket client : slow) {
                client.close();
            }
        }
    }

    @Test
    void aBodyThatArrivesInPiecesWithinTheBoundIsServed() throws Exception {
        String token = Accounts.register(new Api(port)).token();
        byte[] body = "{\"name\":\"慢慢来\",\"icon\":\"\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket client = new Socket("localhost", port)) {
            client.setSoTimeout((int) READ_TIMEOUT.multipliedBy(2).toMillis());
            OutputStream out = client.getOutputStream();
            out.write(("POST /v1/social/group HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int from = 0; from < body.length; from += 7) {
                out.write(body, from, Math.min(7, body.length - from));
                out.flush();
                Thread.sleep(300);
            }

            assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 200").contains("{\"id\":\"");
        }
    }

    @Test
    void aClientThatStopsInTheMiddleOfItsHeadersIsCutOff() throws Exception {
        try (Socket client = new Socket("localhost", port)) {
            client.setSoTimeout((int) READ_TIMEOUT.multipliedBy(4).toMillis());
            client.getOutputStream().write("GET /v1/social/friends HTTP/1.1\r\nHost: localhost\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(client.getInputStream().read()).as("the server closes the connection").isEqualTo(-1);
        }
    }

    private Socket halfSent(String token, String framingAndPart) throws IOException {
        Socket client = new Socket("localhost", port);
        client.setSoTimeout((int) READ_TIMEOUT.multipliedBy(3).toMillis());
        client.getOutputStream().write(("POST /v1/social/group HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\n" + framingAndPart)
                .getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().flush();
        return client;
    }

    private static void assertAnsweredPromptly(java.util.function.Supplier<ApiResponse> call, int status) {
        long start = System.nanoTime();
        ApiResponse answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(took).as("time to answer while slow clients wait").isLessThan(PROMPT);
    }

    private static String readAll(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
