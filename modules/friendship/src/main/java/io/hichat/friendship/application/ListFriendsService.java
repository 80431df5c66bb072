package io.hichat.friendship.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ListFriendsUseCase;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserCardsPort;
import io.hichat.friendship.domain.Friend;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

/** Two lookups however long the list: the entries, then all their friends' cards at once. */
@RequiredArgsConstructor
public final class ListFriendsService implements ListFriendsUseCase {

    private final LoadFriendsPort friends;
    private final LoadUserCardsPort users;

    @Override
    public List<ListedFriend> list(UserId user, int limit, @Nullable Long after, @Nullable Collection<Long> only) {
        List<Friend> entries = friends.friendsOf(user, limit, after, only);
        Map<UserId, UserCard> cards = users.cardsOf(entries.stream().map(Friend::friend).toList());
        return entries.stream().map(entry -> new ListedFriend(entry, UserCard.of(entry.friend(), cards))).toList();
    }
}
