package io.hichat.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The API document the clients were written against ({@code api/go-hichat-api.md}, an export of the original
 * documentation), read as data: each route with its method, path, and the request and response examples it shows.
 * It gives the API description its examples, and the contract test its oracle.
 */
public final class ApiDocument {

    public static final String RESOURCE = "/api/go-hichat-api.md";

    private static final Pattern ROUTE = Pattern.compile("^(GET|POST|PUT|DELETE|PATCH) (/\\S*)$");
    private static final String REQUEST_MARKER = "> Body 请求参数";
    private static final String RESPONSE_MARKER = "> 200 Response";
    private static final String JSON_FENCE = "```json";
    private static final String FENCE = "```";

    private final List<Route> routes;

    private ApiDocument(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The copy kept with the application. */
    public static ApiDocument load() {
        try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the API document " + RESOURCE + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static ApiDocument parse(String markdown) {
        List<Route> routes = new ArrayList<>();
        String[] lines = markdown.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("## ")) {
                continue;
            }
            String title = lines[i].substring(3).strip().replaceFirst("^(GET|POST|PUT|DELETE|PATCH) ", "");
            int end = nextSection(lines, i + 1);
            Matcher route = firstRouteLine(lines, i + 1, end);
            if (route != null) {
                routes.add(new Route(route.group(1), route.group(2), title,
                        jsonAfter(lines, REQUEST_MARKER, i + 1, end), jsonAfter(lines, RESPONSE_MARKER, i + 1, end)));
            }
            i = end - 1;
        }
        return new ApiDocument(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    private static int nextSection(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith("## ") || lines[i].startsWith("# ")) {
                return i;
            }
        }
        return lines.length;
    }

    private static @Nullable Matcher firstRouteLine(String[] lines, int from, int end) {
        for (int i = from; i < end; i++) {
            Matcher route = ROUTE.matcher(lines[i].strip());
            if (route.matches()) {
                return route;
            }
        }
        return null;
    }

    private static @Nullable String jsonAfter(String[] lines, String marker, int from, int end) {
        for (int i = from; i < end; i++) {
            if (lines[i].strip().equals(marker)) {
                return fencedJson(lines, i + 1, end);
            }
        }
        return null;
    }

    private static @Nullable String fencedJson(String[] lines, int from, int end) {
        for (int i = from; i < end; i++) {
            if (lines[i].strip().equals(JSON_FENCE)) {
                StringBuilder json = new StringBuilder();
                for (int j = i + 1; j < end && !lines[j].strip().equals(FENCE); j++) {
                    json.append(lines[j]).append('\n');
                }
                return json.toString();
            }
        }
        return null;
    }

    /**
     * One route of the document, at the path it documents (which may be one of the aliases).
     *
     * @param requestExample the JSON body it shows, if any
     * @param responseExample the JSON of its 200 answer
     */
    public record Route(String method, String path, String title, @Nullable String requestExample,
            @Nullable String responseExample) {
    }
}
