package io.hichat.friendship.application;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.application.port.in.ListFriendsUseCase;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort.UserProfile;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.UserId;

public record ListFriendsService(LoadFriendsPort friends, LoadUserProfilesPort users) implements ListFriendsUseCase {

    private static final UserProfile NO_PROFILE = new UserProfile("", "");

    /** Two lookups however long the list: the entries, then all their friends' profiles at once. */
    @Override
    public List<ListedFriend> list(UserId user, int limit, @Nullable Long after) {
        List<Friend> entries = friends.friendsOf(user, limit, after);
        Map<UserId, UserProfile> profiles = users.profilesOf(entries.stream().map(Friend::friend).toList());
        return entries.stream().map(entry -> {
            UserProfile profile = profiles.getOrDefault(entry.friend(), NO_PROFILE);
            String remark = entry.remark() != null ? entry.remark() : profile.nickname();
            return new ListedFriend(entry.id(), entry.friend(), profile.nickname(), profile.avatar(), remark);
        }).toList();
    }
}
