package io.hichat.friendship.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.BlockedUser;
import io.hichat.friendship.application.port.in.ListBlockedUsersUseCase;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadUserCardsPort;
import io.hichat.friendship.domain.BlockEntry;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

/** Two lookups however long the list: the entries, then all their users' cards at once. */
@RequiredArgsConstructor
public final class ListBlockedUsersService implements ListBlockedUsersUseCase {

    private final LoadBlocksPort blocks;
    private final LoadUserCardsPort users;

    @Override
    public List<BlockedUser> list(UserId blocker, int limit, @Nullable Long before, @Nullable Collection<Long> only) {
        List<BlockEntry> entries = blocks.blockedBy(blocker, limit, before, only);
        Map<UserId, UserCard> cards = users.cardsOf(entries.stream().map(BlockEntry::blocked).toList());
        return entries.stream().map(entry -> new BlockedUser(entry, UserCard.of(entry.blocked(), cards))).toList();
    }
}
