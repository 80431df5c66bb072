package io.hichat.friendship.application.port.out;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.UserId;
import io.hichat.friendship.domain.UserPair;

public interface SaveFriendsPort {

    /**
     * Makes the two users friends: their friendship, and the entry of each in the other's list. What exists
     * already stays as it is.
     */
    void addBothDirections(FriendRequestId request, UserId one, UserId other, Instant at);

    /**
     * Ends the pair's friendship, both entries with it.
     *
     * @return whether they were friends
     */
    boolean remove(UserPair pair);

    /**
     * Names the friend in the user's list, or with {@code null} shows the friend's own nickname again.
     *
     * @return whether the friend is in the user's list
     */
    boolean setRemark(UserId user, UserId friend, @Nullable Remark remark);

    /**
     * Ends every friendship of the user, the entries with them.
     *
     * @return the user's former friends
     */
    List<UserId> removeFriendshipsOf(UserId user);
}
