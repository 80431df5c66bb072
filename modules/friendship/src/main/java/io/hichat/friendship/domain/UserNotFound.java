package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotFound;

public class UserNotFound extends NotFound {

    public UserNotFound(UserId user) {
        super("user", user.value());
    }
}
