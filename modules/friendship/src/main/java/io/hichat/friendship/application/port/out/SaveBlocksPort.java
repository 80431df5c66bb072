package io.hichat.friendship.application.port.out;

import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.UserId;

public interface SaveBlocksPort {

    /** Stores a new block; one standing already stays as it is. */
    void add(Block block);

    /**
     * Lifts the block.
     *
     * @return whether there was one
     */
    boolean remove(UserId blocker, UserId blocked);

    /** Deletes every block the user placed or is under; says how many. */
    int removeBlocksOf(UserId user);
}
