package io.hichat.group.adapter.out.friendship;

import org.springframework.stereotype.Component;

import io.hichat.friendship.BlockList;
import io.hichat.group.application.port.out.LoadBlocksPort;
import io.hichat.shared.domain.UserId;

@Component
record FriendshipBlockList(BlockList blocks) implements LoadBlocksPort {

    @Override
    public boolean hasBlocked(UserId blocker, UserId blocked) {
        return blocks.hasBlocked(blocker, blocked);
    }
}
