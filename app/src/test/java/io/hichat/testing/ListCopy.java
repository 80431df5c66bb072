package io.hichat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One device's copy of one list, kept as a client of contract §13 keeps it: the whole list once, page by page, then
 * the answers to {@code since=<the version it holds>} applied in order. A changed item replaces the one of its key,
 * a deleted key goes, and {@code "full": true} replaces everything held. Page sizes are drawn at random, so whole
 * lists and changes are both read across pages.
 */
public final class ListCopy {

    /** A list route as one user asks for it; the query holds {@code page_size}, {@code page_token} and {@code since}. */
    public interface Route {

        ApiResponse get(String query);

        /** A list route that takes its filters in the query, and in a JSON body when {@code body} is given. */
        static Route of(Api api, Accounts.Account user, String path, @Nullable String body) {
            return query -> {
                Api.Request request = api.get(path + (path.contains("?") ? "&" : "?") + query).bearer(user.token());
                return (body == null ? request : request.json(body)).send();
            };
        }
    }

    /**
     * How a list's answer holds its items.
     *
     * @param field the answer's field of items ({@code list}, or {@code List} for members)
     * @param keyOf the key of an item, as {@code deleted} names it
     */
    public record Shape(String field, Function<JsonNode, String> keyOf) {
    }

    /** A list as a fresh request gives it: every item by key, and the version. */
    public record Listed(Map<String, JsonNode> items, String version) {
    }

    private final Route route;
    private final Shape shape;
    private final Random random;
    private Map<String, JsonNode> items;
    private String version;

    private ListCopy(Route route, Shape shape, Random random, Listed listed) {
        this.route = route;
        this.shape = shape;
        this.random = random;
        this.items = listed.items();
        this.version = listed.version();
    }

    /** A new device: the whole list, in pages of a random size. */
    public static ListCopy taken(Route route, Shape shape, Random random) {
        return new ListCopy(route, shape, random, whole(route, shape, 1 + random.nextInt(4), ""));
    }

    /** The whole list in one request, as a device that holds nothing asks for it. */
    public static Listed fresh(Route route, Shape shape) {
        return whole(route, shape, 1000, "");
    }

    private static Listed whole(Route route, Shape shape, int pageSize, String since) {
        Map<String, JsonNode> items = new HashMap<>();
        String version = null;
        String token = null;
        do {
            JsonNode answer = read(route, "page_size=" + pageSize + since + (token == null ? "" : "&page_token=" + token));
            assertThat(answer.has("deleted")).as("a whole list names no deletions: %s", answer).isFalse();
            if (version == null) {
                version = answer.get("version").stringValue();
            }
            assertThat(answer.get("version").stringValue()).as("every page of a whole list says its first's version")
                    .isEqualTo(version);
            answer.get(shape.field()).forEach(item -> items.put(shape.keyOf().apply(item), item));
            token = nextToken(answer);
        } while (token != null);
        return new Listed(items, version);
    }

    /** Applies the answers to {@code since}, page by page, until the last page. */
    public void catchUp() {
        String held = version;
        String since = "&since=" + held;
        int pageSize = 1 + random.nextInt(4);
        JsonNode answer = read(route, "page_size=" + pageSize + since);
        if (answer.path("full").asBoolean(false)) {
            Listed replaced = whole(route, shape, pageSize, since);
            items = replaced.items();
            version = replaced.version();
            return;
        }
        while (true) {
            assertThat(answer.get("deleted").isArray()).as("changes name their deletions: %s", answer).isTrue();
            answer.get(shape.field()).forEach(item -> items.put(shape.keyOf().apply(item), item));
            answer.get("deleted").forEach(key -> items.remove(key.stringValue()));
            assertThat(Long.parseLong(answer.get("version").stringValue())).as("versions only grow")
                    .isGreaterThanOrEqualTo(Long.parseLong(version));
            version = answer.get("version").stringValue();
            String token = nextToken(answer);
            if (token == null) {
                return;
            }
            answer = read(route, "page_size=" + pageSize + since + "&page_token=" + token);
            assertThat(answer.has("full")).as("a later page of changes is never the whole list").isFalse();
        }
    }

    public Map<String, JsonNode> items() {
        return items;
    }

    public String version() {
        return version;
    }

    private static JsonNode read(Route route, String query) {
        ApiResponse answer = route.get(query);
        assertThat(answer.status()).as("%s: %s", query, answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("version").stringValue()).as("the version of %s", json).matches("[0-9]+");
        return json;
    }

    private static @Nullable String nextToken(JsonNode answer) {
        JsonNode token = answer.get("next_page_token");
        return token == null || token.isNull() || token.stringValue().isEmpty() ? null : token.stringValue();
    }
}
