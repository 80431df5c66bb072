package io.hichat.friendship.application.port.in;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.UserId;

public interface ListBlockedUsersUseCase {

    /**
     * The users the blocker blocked, newest first.
     *
     * @param before the id of the last entry already seen, or {@code null} from the start
     */
    List<BlockedUser> list(UserId blocker, int limit, @Nullable Long before);
}
