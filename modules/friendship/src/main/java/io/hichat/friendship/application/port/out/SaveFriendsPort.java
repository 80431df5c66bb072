package io.hichat.friendship.application.port.out;

import java.time.Instant;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.UserId;

public interface SaveFriendsPort {

    /** Adds the entry of each user in the other's list; entries that exist already stay as they are. */
    void addBothDirections(FriendRequestId request, UserId one, UserId other, Instant at);
}
