package io.hichat.shared.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Ids as clients send them: the API document has them as strings ({@code "9"}), clients also send numbers, and
 * JSON binding turns both into text. Here they become numbers, or a 400 that names the field.
 */
public final class RequestIds {

    /** Positive, and small enough for a {@code long} whatever its digits. */
    private static final Pattern ID = Pattern.compile(ApiFormats.ID);
    private static final String NONE = "0";

    private RequestIds() {
    }

    public static long required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field + " is required");
        }
        return parse(value, field);
    }

    /** An id the document sends as a number ({@code friend_req_id}, {@code group_req_id}). */
    public static long required(@Nullable Long value, String field) {
        long id = JsonFields.required(value, field);
        if (id < 1) {
            throw new InvalidRequest(field + " must be an id, a positive integer");
        }
        return id;
    }

    /** An id that may be left out, empty or {@code "0"}, all meaning none. */
    public static @Nullable Long optional(@Nullable String value, String field) {
        if (value == null || value.isBlank() || value.strip().equals(NONE)) {
            return null;
        }
        return parse(value, field);
    }

    private static long parse(String value, String field) {
        String digits = value.strip();
        if (!ID.matcher(digits).matches()) {
            throw new InvalidRequest(field + " must be an id, a positive integer");
        }
        return Long.parseLong(digits);
    }
}
