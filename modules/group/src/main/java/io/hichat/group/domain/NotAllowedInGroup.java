package io.hichat.group.domain;

import io.hichat.shared.domain.NotAllowed;

/** The user's place in the group does not allow this: not a member, or not its creator or a manager. */
public class NotAllowedInGroup extends NotAllowed {

    public NotAllowedInGroup(String message) {
        super(message);
    }
}
