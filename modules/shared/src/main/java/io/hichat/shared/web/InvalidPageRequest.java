package io.hichat.shared.web;

/** A {@code page_size} or {@code page_token} the server cannot use; answered with 400. */
public class InvalidPageRequest extends RuntimeException {

    public InvalidPageRequest(String message) {
        super(message);
    }
}
