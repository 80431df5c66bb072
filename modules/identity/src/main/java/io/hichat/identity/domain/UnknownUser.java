package io.hichat.identity.domain;

import io.hichat.shared.domain.NotFound;

/**
 * No account has this id.
 */
public class UnknownUser extends NotFound {

    public UnknownUser(UserId id) {
        super("user", id.value());
    }
}
