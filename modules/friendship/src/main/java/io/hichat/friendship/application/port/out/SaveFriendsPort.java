package io.hichat.friendship.application.port.out;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.Friendship;
import io.hichat.friendship.domain.Remark;
import io.hichat.shared.domain.UserId;

public interface SaveFriendsPort {

    /**
     * Stores the friendship: its pair, and the entry of each user in the other's list. What exists already stays as
     * it is.
     */
    void add(Friendship friendship);

    /** Ends the friendship: the pair, both entries with it. */
    void remove(Friendship friendship);

    /**
     * Names the friend in the user's list, or with {@code null} shows the friend's own nickname again.
     *
     * @return whether the friend is in the user's list
     */
    boolean setRemark(UserId user, UserId friend, @Nullable Remark remark);

    /**
     * Ends every friendship of the user, the entries with them.
     *
     * @return the friendships that ended
     */
    List<Friendship> removeFriendshipsOf(UserId user);
}
