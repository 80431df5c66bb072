package io.hichat.shared.domain;

/** A user a request names does not exist, or no longer does. */
public class UserNotFound extends NotFound {

    public UserNotFound(UserId user) {
        super("user", user.value());
    }
}
