package io.hichat.shared.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.Invalid;

/** Where a JSON field's value enters the domain, and a refusal of it must name the field as the client sent it. */
public final class JsonFields {

    private JsonFields() {
    }

    /** A field's value, which the request must have. */
    public static <T> T required(@Nullable T value, String jsonName) {
        if (value == null) {
            throw new InvalidRequest(jsonName + " is required");
        }
        return value;
    }

    /** A text field the request must have, and not empty. */
    public static String requiredText(@Nullable String value, String jsonName) {
        if (value == null || value.isEmpty()) {
            throw new InvalidRequest(jsonName + " is required");
        }
        return value;
    }

    /**
     * A field a DELETE names as a query parameter or, for clients that send one, in its JSON body: the query
     * parameter when there is one, else the body's field, else {@code null}.
     */
    public static <B> @Nullable String queryOrBody(@Nullable String inQuery, @Nullable B body,
            Function<B, @Nullable String> field) {
        return inQuery != null ? inQuery : body == null ? null : field.apply(body);
    }

    /** Reads one field into the domain; a refusal of the value is said under the field's JSON name. */
    public static <T> T read(String jsonName, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (Invalid invalid) {
            throw new InvalidRequest(invalid.messageNaming(jsonName));
        }
    }
}
