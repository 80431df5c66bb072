package io.hichat.identity;

/**
 * An access token was refused; the message says why in words a client developer understands.
 */
public class InvalidAccessToken extends RuntimeException {

    public InvalidAccessToken(String message) {
        super(message);
    }
}
