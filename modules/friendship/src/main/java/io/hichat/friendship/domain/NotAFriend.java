package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotFound;

/** The user is not in the caller's friend list. */
public class NotAFriend extends NotFound {

    public NotAFriend(UserId friend) {
        super("friend", friend.value());
    }
}
