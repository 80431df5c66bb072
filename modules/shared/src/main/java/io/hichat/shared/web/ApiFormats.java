package io.hichat.shared.web;

/**
 * The formats the API description gives the fields every context shares, as regular expressions a client generator
 * can check. The server holds to each (ids are read by {@link RequestIds} with these very patterns), and
 * {@code DocumentedConstraintsApiTest} holds the description and the server together. A value object's own format
 * (a phone number, a web URL) is a constant of the value object.
 */
public final class ApiFormats {

    /** An id a client sends: a positive integer that fits 64 bits, as a string of digits (a number is read too). */
    public static final String ID = "^0*[1-9][0-9]{0,17}$";

    /** An id a client may leave out: empty or {@code "0"} mean none. */
    public static final String OPTIONAL_ID = "^(0?|0*[1-9][0-9]{0,17})$";

    /** An id the server writes: digits, {@code "0"} where there is none. */
    public static final String WRITTEN_ID = "^[0-9]+$";

    /** A time the server writes as text: unix seconds. */
    public static final String UNIX_SECONDS = "^[0-9]+$";

    /** Text with something besides spaces in it. */
    public static final String NOT_BLANK = "\\S";

    private ApiFormats() {
    }
}
