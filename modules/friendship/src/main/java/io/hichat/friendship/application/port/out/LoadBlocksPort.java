package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.BlockEntry;
import io.hichat.shared.domain.UserId;

public interface LoadBlocksPort {

    /**
     * The users the blocker blocked, newest first.
     *
     * @param before the id of the last entry already seen, or {@code null} from the start
     */
    List<BlockEntry> blockedBy(UserId blocker, int limit, @Nullable Long before, @Nullable Collection<Long> only);

    /** Whether {@code blocker} blocked {@code blocked}: one look-up by the table's key. */
    boolean hasBlocked(UserId blocker, UserId blocked);
}
