package io.hichat.shared.domain;

/** The rules of text a user types: trimmed, and at most so many characters (code points, not UTF-16 units). */
public final class BoundedText {

    private BoundedText() {
    }

    /** The text trimmed, if it has at most {@code maxLength} characters. */
    public static String of(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new Invalid(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** One line of text, such as a name: trimmed, at most {@code maxLength} characters, no control characters. */
    public static String line(String field, String value, int maxLength) {
        String stripped = of(field, value, maxLength);
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new Invalid(field, "must not contain control characters");
        }
        return stripped;
    }
}
