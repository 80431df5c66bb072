package io.hichat.shared.web;

/**
 * The error codes of the API contract. The HTTP status says the class of error more precisely; the code is what
 * clients of the original API already switch on.
 */
public enum ErrorCode {

    /** Refused: not found, not allowed, a business rule, wrong credentials, or an unexpected failure. */
    REFUSED(100001),

    /** The request itself is wrong: malformed JSON, a missing or invalid field, a wrong type, too large. */
    INVALID_REQUEST(100002),

    /** No valid access token. */
    UNAUTHENTICATED(100003),

    /** The database cannot be reached. */
    UNAVAILABLE(100004),

    /** Too many attempts: a limit on the caller was met; {@code Retry-After} says when to try again. */
    TOO_MANY_ATTEMPTS(100005),

    /** The server is busy: a bounded queue of work is full; {@code Retry-After} says when to try again. */
    BUSY(100006);

    private final int value;

    ErrorCode(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
