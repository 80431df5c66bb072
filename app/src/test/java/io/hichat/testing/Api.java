package io.hichat.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/** A real HTTP client pointed at a running server: requests are built, sent and answered over the network. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final IntSupplier port;

    public Api(int port) {
        this(() -> port);
    }

    /** For a server whose port is known only once it runs. */
    Api(IntSupplier port) {
        this.port = port;
    }

    public Request post(String path) {
        return new Request("POST", path);
    }

    public Request put(String path) {
        return new Request("PUT", path);
    }

    public Request delete(String path) {
        return request("DELETE", path);
    }

    public Request get(String path) {
        return new Request("GET", path);
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public final class Request {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodyPublisher body = BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** A JSON body, sent with {@code Content-Type: application/json}. */
        public Request json(String json) {
            headers.put("Content-Type", "application/json");
            body = BodyPublishers.ofString(json, StandardCharsets.UTF_8);
            return this;
        }

        public Request rawBody(byte[] bytes) {
            body = BodyPublishers.ofByteArray(bytes);
            return this;
        }

        /** A body of unknown length, sent chunked. */
        public Request chunkedBody(byte[] bytes) {
            body = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /** The Authorization header exactly as given, or none for {@code null}. */
        public Request authorization(@Nullable String value) {
            if (value != null) {
                headers.put("Authorization", value);
            }
            return this;
        }

        public ApiResponse send() {
            HttpRequest.Builder request = HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port.getAsInt() + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body);
            headers.forEach(request::header);
            try {
                var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new ApiResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
