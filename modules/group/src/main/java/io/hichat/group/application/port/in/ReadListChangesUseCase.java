package io.hichat.group.application.port.in;

import java.util.List;

import io.hichat.group.domain.GroupList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;

/** Where a list of a user or a group stands and what changed in it, for a client that holds a version of it. */
public interface ReadListChangesUseCase {

    ListVersion versionOf(GroupList list, long owner);

    /** Up to {@code limit} changes with versions after {@code after} and up to {@code through}, oldest first. */
    List<ItemChange> changesOf(GroupList list, long owner, long after, long through, int limit);
}
