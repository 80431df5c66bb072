package io.hichat.group.domain;

public class UserNotFound extends RuntimeException {

    public UserNotFound(UserId user) {
        super("user " + user.value() + " does not exist");
    }
}
