package io.hichat.group.domain;

import io.hichat.shared.domain.NotFound;

public class UserNotFound extends NotFound {

    public UserNotFound(UserId user) {
        super("user", user.value());
    }
}
