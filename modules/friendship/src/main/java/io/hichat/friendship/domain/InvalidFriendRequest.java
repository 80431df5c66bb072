package io.hichat.friendship.domain;

import io.hichat.shared.domain.Invalid;

/** A friend request, or a decision on one, that breaks a rule of its own; the message names it. */
public class InvalidFriendRequest extends Invalid {

    public InvalidFriendRequest(String message) {
        super(message);
    }
}
