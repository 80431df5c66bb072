package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotFound;
import io.hichat.shared.domain.UserId;

/** The user is not in the caller's friend list. */
public class NotAFriend extends NotFound {

    public NotAFriend(UserId friend) {
        super("friend", friend.value());
    }
}
