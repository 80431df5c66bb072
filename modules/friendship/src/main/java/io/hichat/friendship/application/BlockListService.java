package io.hichat.friendship.application;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.BlockList;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class BlockListService implements BlockList {

    private final LoadBlocksPort blocks;

    @Override
    public boolean hasBlocked(UserId blocker, UserId blocked) {
        return blocks.hasBlocked(blocker, blocked);
    }
}
