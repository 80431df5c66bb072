package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.shared.domain.UserId;

public interface LoadFriendRequestPort {

    Optional<FriendRequest> findById(FriendRequestId id);

    /** A user's requests in a box, newest first, with the given results (all for an empty set). */
    List<FriendRequest> list(UserId user, RequestBox box, Set<HandleResult> results, int limit,
            @Nullable FriendRequestId before, @Nullable Collection<Long> only);
}
