package io.hichat.shared.web;

import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Ids and codes as clients send them: the API document shows most ids as strings ({@code "9"}), some as numbers,
 * and its codes as strings, and clients send either. Such a field says so with
 * {@code @JsonDeserialize(using = StringOrInteger.AsText.class)} (or {@link AsNumber}); every other field takes
 * exactly its JSON type.
 */
public final class StringOrInteger {

    private static final String RULE = "must be a string or an integer";

    private StringOrInteger() {
    }

    /** A JSON string, or a JSON integer as its digits; {@link RequestIds} then reads an id from it. */
    public static final class AsText extends StdScalarDeserializer<String> {

        public AsText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return parser.getString();
            }
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return parser.getNumberValue().toString();
            }
            throw new InvalidJsonValue(parser, String.class, RULE);
        }
    }

    /** A JSON integer that fits a {@code long}, or a string of its digits. */
    public static final class AsNumber extends StdScalarDeserializer<Long> {

        private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");

        public AsNumber() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return parser.getLongValue();
            }
            if (parser.hasToken(JsonToken.VALUE_STRING) && DIGITS.matcher(parser.getString().strip()).matches()) {
                return Long.parseLong(parser.getString().strip());
            }
            throw new InvalidJsonValue(parser, Long.class, "must be an integer, or a string of its digits");
        }
    }
}
