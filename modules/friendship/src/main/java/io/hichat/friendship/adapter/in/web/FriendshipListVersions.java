package io.hichat.friendship.adapter.in.web;

import java.util.List;

import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ReadListChangesUseCase;
import io.hichat.friendship.domain.FriendshipList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.ListSync;

/** One user's list's versions, as {@link ListSync} reads them. */
@Component
@RequiredArgsConstructor
class FriendshipListVersions {

    private final ReadListChangesUseCase changes;

    ListSync.ListVersions of(FriendshipList list, UserId owner) {
        return new ListSync.ListVersions() {

            @Override
            public ListVersion current() {
                return changes.versionOf(list, owner);
            }

            @Override
            public List<ItemChange> after(long after, long through, int limit) {
                return changes.changesOf(list, owner, after, through, limit);
            }
        };
    }
}
