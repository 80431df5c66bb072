package io.hichat.group.domain;

import io.hichat.shared.domain.NotFound;
import io.hichat.shared.domain.UserId;

/** The user named is not a member of the group. */
public class NotAMember extends NotFound {

    public NotAMember(UserId user) {
        super("member", user.value());
    }
}
