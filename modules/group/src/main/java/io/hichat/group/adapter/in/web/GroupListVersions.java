package io.hichat.group.adapter.in.web;

import java.util.List;

import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ReadListChangesUseCase;
import io.hichat.group.domain.GroupList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.web.ListSync;

/** The versions of one list of a user or a group, as {@link ListSync} reads them. */
@Component
@RequiredArgsConstructor
class GroupListVersions {

    private final ReadListChangesUseCase changes;

    ListSync.ListVersions of(GroupList list, long owner) {
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
