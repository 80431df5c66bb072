package io.hichat.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * A page of a list as the client asked for it: {@code page_size} (default and maximum {@value #MAX_SIZE}; more is
 * cut to the maximum) and the opaque {@code page_token} of the previous page, which holds the sort keys of the last
 * item seen, so the next page continues after it however the list changed meanwhile. A controller takes it as a
 * parameter of this type; the application reads both query parameters into it.
 */
public record PageRequest(int size, List<Long> after) {

    public static final int MAX_SIZE = 1000;
    private static final String VERSION = "1:";
    private static final String NOT_FOR_THIS_LIST = "page_token is not valid for this list";

    public PageRequest {
        after = List.copyOf(after);
    }

    public static final String SIZE_PARAMETER = "page_size";
    public static final String TOKEN_PARAMETER = "page_token";

    public static PageRequest of(@Nullable Integer pageSize, @Nullable String pageToken) {
        if (pageSize != null && pageSize < 1) {
            throw new InvalidRequest("page_size must be at least 1; a page holds at most " + MAX_SIZE + " items");
        }
        int size = pageSize == null ? MAX_SIZE : Math.min(pageSize, MAX_SIZE);
        return new PageRequest(size, pageToken == null || pageToken.isEmpty() ? List.of() : decode(pageToken));
    }

    /** Rows to fetch: one more than the page holds, to learn whether another page follows. */
    public int fetchSize() {
        return size + 1;
    }

    /**
     * The single sort key of a list ordered by one column, or {@code null} on the first page. Such lists are ordered
     * by an id, so the key is a positive number in any token this server wrote.
     */
    public @Nullable Long afterKey() {
        List<Long> keys = afterKeys(1);
        if (keys == null) {
            return null;
        }
        if (keys.get(0) < 1) {
            throw new InvalidRequest(NOT_FOR_THIS_LIST);
        }
        return keys.get(0);
    }

    /** The single sort key as the key type the list is ordered by, or {@code null} on the first page. */
    public <K> @Nullable K afterKey(LongFunction<K> keyType) {
        Long key = afterKey();
        return key == null ? null : keyType.apply(key);
    }

    /** The sort keys of a list ordered by several columns, or {@code null} on the first page. */
    public @Nullable List<Long> afterKeys(int count) {
        if (after.isEmpty()) {
            return null;
        }
        if (after.size() != count) {
            throw new InvalidRequest(NOT_FOR_THIS_LIST);
        }
        return after;
    }

    /** The page of a list ordered by one key, from the rows fetched ({@link #fetchSize()} at most). */
    public <T> Page<T> pageByKey(List<T> fetched, ToLongFunction<T> sortKey) {
        return Page.of(fetched, this, row -> List.of(sortKey.applyAsLong(row)));
    }

    /** The page of a list ordered by several keys, from the rows fetched ({@link #fetchSize()} at most). */
    public <T> Page<T> pageByKeys(List<T> fetched, Function<T, List<Long>> sortKeys) {
        return Page.of(fetched, this, sortKeys);
    }

    static String encode(List<Long> keys) {
        String cursor = VERSION + String.join(",", keys.stream().map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Long> decode(String token) {
        try {
            String cursor = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!cursor.startsWith(VERSION) || cursor.length() == VERSION.length()) {
                throw new InvalidRequest("page_token is not valid");
            }
            List<Long> keys = Arrays.stream(cursor.substring(VERSION.length()).split(",", -1)).map(Long::valueOf)
                    .toList();
            if (keys.stream().anyMatch(key -> key < 0)) {
                throw new InvalidRequest("page_token is not valid");
            }
            return keys;
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidRequest("page_token is not valid");
        }
    }
}
