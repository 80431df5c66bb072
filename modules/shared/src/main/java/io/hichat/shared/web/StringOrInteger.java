package io.hichat.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Ids and codes as clients send them: the API document shows most ids as strings ({@code "9"}), some as numbers,
 * and its codes as strings, and clients send either. Such a field says so with {@link ReadAsText} (or
 * {@link ReadAsNumber}); every other field takes exactly its JSON type.
 */
public final class StringOrInteger {

    private static final String RULE = "must be a string or an integer";

    private StringOrInteger() {
    }

    /** The field is read by {@link AsText}: a string as it is, an integer as its digits. */
    @Target({ ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = AsText.class)
    public @interface ReadAsText {
    }

    /** The field is read by {@link AsNumber}: an integer that fits a {@code long}, or a string of its digits. */
    @Target({ ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = AsNumber.class)
    public @interface ReadAsNumber {
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
