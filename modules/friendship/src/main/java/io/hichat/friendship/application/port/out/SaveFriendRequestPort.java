package io.hichat.friendship.application.port.out;

import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.shared.domain.UserId;

public interface SaveFriendRequestPort {

    FriendRequestId nextId();

    /** Stores a new pending request, unless one between the same users is pending already; says whether it did. */
    boolean addIfNonePending(FriendRequest request);

    /**
     * Stores a decision, unless another one was stored since the request was loaded; says whether it did. This is
     * what makes concurrent decisions on one request count once.
     */
    boolean saveIfStillPending(FriendRequest handled);

    /** Deletes every request the user sent or received, whatever its state; says how many. */
    int removeRequestsOf(UserId user);
}
