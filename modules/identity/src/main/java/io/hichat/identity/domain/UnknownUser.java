package io.hichat.identity.domain;

import io.hichat.shared.domain.NotFound;
import io.hichat.shared.domain.UserId;

/**
 * No account has this id.
 */
public class UnknownUser extends NotFound {

    public UnknownUser(UserId id) {
        super("user", id.value());
    }
}
