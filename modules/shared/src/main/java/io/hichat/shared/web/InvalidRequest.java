package io.hichat.shared.web;

/**
 * A request the server cannot use as sent, found at the web edge before any context sees it: a malformed id, a
 * missing field, a page token that is not one of ours. Answered with 400; the message names the field.
 */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String message) {
        super(message);
    }
}
