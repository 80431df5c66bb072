package io.hichat.shared.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.Coded;
import io.hichat.shared.domain.NumericId;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.TextValue;

/**
 * How the API document writes domain values, for every context's MapStruct mapper (through {@link WebMapping}):
 * ids as strings of digits ({@code "0"} for none), text as itself, codes as numbers, times as unix seconds (0 for
 * none).
 */
public final class WireValues {

    private WireValues() {
    }

    public static String text(@Nullable NumericId id) {
        return id == null ? "0" : Long.toString(id.value());
    }

    public static long number(NumericId id) {
        return id.value();
    }

    public static String text(TextValue text) {
        return text.value();
    }

    public static int code(Coded value) {
        return value.code();
    }

    public static long epochSeconds(@Nullable Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond();
    }

    /** {@code req_msg}, the message of a friend or join request; left out, it is empty. */
    public static RequestMessage requestMessage(@Nullable String reqMsg) {
        return JsonFields.read("req_msg", () -> RequestMessage.of(reqMsg));
    }
}
