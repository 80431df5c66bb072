package io.hichat.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * parameter of this type; the application reads its query parameters into it. Every list also says its version
 * (contract §13): {@code since}, the version the client holds, asks for only what changed after it
 * ({@link ListSync}).
 *
 * @param since the version of the list the client holds; {@code null} for the whole list
 * @param listedVersion on a later page of a whole list, the version its first page said
 * @param changesAfter on a later page of changes, the version of the previous page's last change
 */
public record PageRequest(int size, List<Long> after, @Nullable Long since, @Nullable Long listedVersion,
        @Nullable Long changesAfter) {

    public static final int MAX_SIZE = 1000;
    /** The forms of a token: the sort keys of the last item; those and the list's version; a change's version. */
    private static final String KEYS = "1:";
    private static final String LISTED = "2:";
    private static final String CHANGES = "3:";
    private static final String NOT_FOR_THIS_LIST = "page_token is not valid for this list";
    private static final String NOT_VALID = "page_token is not valid";

    public PageRequest {
        after = List.copyOf(after);
    }

    public PageRequest(int size, List<Long> after) {
        this(size, after, null, null, null);
    }

    public static final String SIZE_PARAMETER = "page_size";
    public static final String TOKEN_PARAMETER = "page_token";
    public static final String SINCE_PARAMETER = "since";

    public static PageRequest of(@Nullable Integer pageSize, @Nullable String pageToken) {
        return of(pageSize, pageToken, null);
    }

    public static PageRequest of(@Nullable Integer pageSize, @Nullable String pageToken, @Nullable String since) {
        if (pageSize != null && pageSize < 1) {
            throw new InvalidRequest("page_size must be at least 1; a page holds at most " + MAX_SIZE + " items");
        }
        int size = pageSize == null ? MAX_SIZE : Math.min(pageSize, MAX_SIZE);
        if (pageToken == null || pageToken.isEmpty()) {
            return new PageRequest(size, List.of(), version(since), null, null);
        }
        String cursor = cursor(pageToken);
        List<Long> keys = keys(cursor);
        if (cursor.startsWith(LISTED)) {
            if (keys.size() < 2) {
                throw new InvalidRequest(NOT_VALID);
            }
            return new PageRequest(size, keys.subList(0, keys.size() - 1), version(since), keys.get(keys.size() - 1),
                    null);
        }
        if (cursor.startsWith(CHANGES)) {
            if (keys.size() != 1) {
                throw new InvalidRequest(NOT_VALID);
            }
            return new PageRequest(size, List.of(), version(since), null, keys.get(0));
        }
        return new PageRequest(size, keys, version(since), null, null);
    }

    /** The same page without what a versioned list's token added: the page of the whole list it continues. */
    PageRequest ofWholeList() {
        return new PageRequest(size, after);
    }

    /**
     * A version as a client sends it: a decimal number, 0 or more. One too long for a long is above any list's
     * version, and answers the whole list as any version above it does.
     */
    private static @Nullable Long version(@Nullable String since) {
        if (since == null) {
            return null;
        }
        if (since.isEmpty() || !since.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequest("since must be a version of this list: the decimal number an earlier answer "
                    + "gave as version");
        }
        String digits = since.replaceFirst("^0+(?=.)", "");
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
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
        return encode(KEYS, keys);
    }

    /** The token of the next page of a whole list: the sort keys of its last item and the version it said. */
    static String encodeListed(String wholeListToken, long version) {
        List<Long> keys = new ArrayList<>(keys(cursor(wholeListToken)));
        keys.add(version);
        return encode(LISTED, keys);
    }

    /** The token of the next page of changes: the version of this page's last change. */
    static String encodeChanges(long version) {
        return encode(CHANGES, List.of(version));
    }

    private static String encode(String form, List<Long> keys) {
        String cursor = form + String.join(",", keys.stream().map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static String cursor(String token) {
        try {
            String cursor = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!(cursor.startsWith(KEYS) || cursor.startsWith(LISTED) || cursor.startsWith(CHANGES))
                    || cursor.length() == KEYS.length()) {
                throw new InvalidRequest(NOT_VALID);
            }
            return cursor;
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidRequest(NOT_VALID);
        }
    }

    private static List<Long> keys(String cursor) {
        try {
            List<Long> keys = Arrays.stream(cursor.substring(KEYS.length()).split(",", -1)).map(Long::valueOf)
                    .toList();
            if (keys.stream().anyMatch(key -> key < 0)) {
                throw new InvalidRequest(NOT_VALID);
            }
            return keys;
        } catch (IllegalArgumentException notOurs) {
            throw new InvalidRequest(NOT_VALID);
        }
    }
}
