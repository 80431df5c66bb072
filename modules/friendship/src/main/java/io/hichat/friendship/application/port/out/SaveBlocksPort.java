package io.hichat.friendship.application.port.out;

import io.hichat.friendship.domain.Block;
import io.hichat.shared.domain.UserId;

public interface SaveBlocksPort {

    /** Stores a new block; one standing already stays as it is. */
    void add(Block block);

    /** Lifts the block. */
    void remove(Block block);

    /** Deletes every block the user placed or is under; says how many. */
    int removeBlocksOf(UserId user);
}
