package io.hichat.friendship.application.port.in;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.UserId;

public interface ListFriendsUseCase {

    /**
     * The user's friends in the order they became friends.
     *
     * @param after the id of the last entry already seen, or {@code null} from the start
     * @param only the friends' ids the entries must have (the changed ones), or {@code null} for all
     */
    List<ListedFriend> list(UserId user, int limit, @Nullable Long after, @Nullable Collection<Long> only);
}
