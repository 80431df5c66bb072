package io.hichat.friendship;

import io.hichat.shared.domain.UserId;

/**
 * Who blocked whom: the query API through which other contexts respect a block, read at the moment they decide
 * (a group invitation asks it), so a block placed a moment before holds at once.
 */
public interface BlockList {

    /** Whether {@code blocker} blocked {@code blocked}. */
    boolean hasBlocked(UserId blocker, UserId blocked);
}
