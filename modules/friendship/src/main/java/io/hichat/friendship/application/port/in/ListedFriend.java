package io.hichat.friendship.application.port.in;

import io.hichat.friendship.domain.Friend;
import io.hichat.shared.domain.UserCard;

/**
 * A friend as the list shows them: the user's entry, and the friend's current card, whose nickname the list shows
 * unless the user named the friend otherwise.
 */
public record ListedFriend(Friend entry, UserCard friend) {

    /** The name the list shows: the user's remark, else the friend's own nickname. */
    public String remark() {
        return entry.shownAs(friend.nickname());
    }
}
