package io.hichat.friendship.application;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.application.port.in.BlockedUser;
import io.hichat.friendship.application.port.in.ListBlockedUsersUseCase;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort.UserProfile;
import io.hichat.friendship.domain.BlockEntry;
import io.hichat.friendship.domain.UserId;

public record ListBlockedUsersService(LoadBlocksPort blocks, LoadUserProfilesPort users)
        implements ListBlockedUsersUseCase {

    private static final UserProfile NO_PROFILE = new UserProfile("", "");

    /** Two lookups however long the list: the entries, then all their users' profiles at once. */
    @Override
    public List<BlockedUser> list(UserId blocker, int limit, @Nullable Long before) {
        List<BlockEntry> entries = blocks.blockedBy(blocker, limit, before);
        Map<UserId, UserProfile> profiles = users.profilesOf(entries.stream().map(BlockEntry::blocked).toList());
        return entries.stream().map(entry -> {
            UserProfile profile = profiles.getOrDefault(entry.blocked(), NO_PROFILE);
            return new BlockedUser(entry.id(), entry.blocked(), profile.nickname(), profile.avatar(),
                    entry.blockedAt());
        }).toList();
    }
}
