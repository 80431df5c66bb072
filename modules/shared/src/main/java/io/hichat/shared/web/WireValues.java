package io.hichat.shared.web;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.NumericId;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.TextValue;

/**
 * How the API document writes domain values, for every context's MapStruct mapper (through {@link WebMapping}):
 * ids as strings of digits ({@code "0"} for none), text as itself, the kernel's closed sets as the document's codes,
 * times as unix seconds (0 for none). A context's own codes are its web mapper's.
 */
public final class WireValues {

    /** The API document's codes of a user's sex: 0 unknown, 1 male, 2 female. */
    public static final Codes<Sex> SEX_CODES = Codes.of(Sex.class, Map.of(Sex.UNKNOWN, 0, Sex.MALE, 1,
            Sex.FEMALE, 2));

    /** How an answer writes an id that names nothing: unset, or what is gone (a deleted user, a dismissed group). */
    public static final String NO_ID = "0";

    private WireValues() {
    }

    public static String text(@Nullable NumericId id) {
        return id == null ? NO_ID : Long.toString(id.value());
    }

    public static long number(NumericId id) {
        return id.value();
    }

    public static String text(TextValue text) {
        return text.value();
    }

    public static int code(Sex sex) {
        return SEX_CODES.code(sex);
    }

    public static long epochSeconds(@Nullable Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond();
    }

    /** {@code req_msg}, the message of a friend or join request; left out, it is empty. */
    public static RequestMessage requestMessage(@Nullable String reqMsg) {
        return JsonFields.read("req_msg", () -> RequestMessage.of(reqMsg));
    }
}
