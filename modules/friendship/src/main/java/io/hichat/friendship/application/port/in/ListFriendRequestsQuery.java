package io.hichat.friendship.application.port.in;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.shared.domain.UserId;

/**
 * @param results the results wanted; empty for all
 * @param limit how many requests at most
 * @param before only requests older than this one, to continue a list; {@code null} from the newest
 * @param only the ids the requests must have (the changed ones), or {@code null} for all
 */
public record ListFriendRequestsQuery(UserId user, RequestBox box, Set<HandleResult> results, int limit,
        @Nullable FriendRequestId before, @Nullable Collection<Long> only) {

    public ListFriendRequestsQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(box, "box");
        results = Set.copyOf(results);
        only = only == null ? null : Set.copyOf(only);
    }
}
