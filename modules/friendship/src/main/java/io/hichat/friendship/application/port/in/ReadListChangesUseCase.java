package io.hichat.friendship.application.port.in;

import java.util.List;

import io.hichat.friendship.domain.FriendshipList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;

/** Where a user's list stands and what changed in it, for a client that holds a version of it. */
public interface ReadListChangesUseCase {

    ListVersion versionOf(FriendshipList list, UserId owner);

    /** Up to {@code limit} changes with versions after {@code after} and up to {@code through}, oldest first. */
    List<ItemChange> changesOf(FriendshipList list, UserId owner, long after, long through, int limit);
}
