package io.hichat.friendship.application.port.in;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.UserId;

public interface ListBlockedUsersUseCase {

    /**
     * The users the blocker blocked, newest first.
     *
     * @param before the id of the last entry already seen, or {@code null} from the start
     * @param only the blocked users' ids the entries must have (the changed ones), or {@code null} for all
     */
    List<BlockedUser> list(UserId blocker, int limit, @Nullable Long before, @Nullable Collection<Long> only);
}
