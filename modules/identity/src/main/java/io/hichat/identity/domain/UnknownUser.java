package io.hichat.identity.domain;

/**
 * No account has this id.
 */
public class UnknownUser extends RuntimeException {

    public UnknownUser(UserId id) {
        super("user " + id.value() + " does not exist");
    }
}
