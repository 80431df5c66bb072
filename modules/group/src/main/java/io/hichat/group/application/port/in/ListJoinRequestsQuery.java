package io.hichat.group.application.port.in;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.RequestClass;
import io.hichat.shared.domain.UserId;

/**
 * @param group the group whose requests are wanted; required for {@link RequestClass#OF_GROUP}
 * @param results the results wanted; empty for all
 * @param before only requests older than this one, to continue a list; {@code null} from the newest
 * @param only the ids the requests must have (the changed ones), or {@code null} for all
 */
public record ListJoinRequestsQuery(UserId user, RequestClass requestClass, @Nullable GroupId group,
        Set<JoinResult> results, int limit, @Nullable JoinRequestId before, @Nullable Collection<Long> only) {

    public ListJoinRequestsQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(requestClass, "requestClass");
        results = Set.copyOf(results);
        only = only == null ? null : Set.copyOf(only);
    }
}
