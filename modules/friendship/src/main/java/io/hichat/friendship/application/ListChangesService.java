package io.hichat.friendship.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.ReadListChangesUseCase;
import io.hichat.friendship.application.port.in.ShowProfileChangeUseCase;
import io.hichat.friendship.application.port.in.TrimListChangesUseCase;
import io.hichat.friendship.application.port.out.ListChangesPort;
import io.hichat.friendship.domain.FriendshipList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;

/** The lists' versions (contract §13): read for clients, shown for profile changes, trimmed when old. */
@RequiredArgsConstructor
public class ListChangesService implements ReadListChangesUseCase, ShowProfileChangeUseCase,
        TrimListChangesUseCase {

    /** How many removals a round forgets at most: a round is one short transaction, the next takes the rest. */
    static final int ROUND = 1000;

    private final ListChangesPort changes;
    /** How long a removal is kept: a client holding a version older than a forgotten removal gets the whole list. */
    private final Duration removalsKept;
    private final Clock clock;

    @Override
    public ListVersion versionOf(FriendshipList list, UserId owner) {
        return changes.versionOf(list, owner);
    }

    @Override
    public List<ItemChange> changesOf(FriendshipList list, UserId owner, long after, long through, int limit) {
        return changes.changesOf(list, owner, after, through, limit);
    }

    @Override
    @Transactional
    public void showProfileChange(UserId user) {
        changes.showProfileChange(user);
    }

    @Override
    @Transactional
    public int trimRound() {
        if (!changes.takeTrimRound()) {
            return 0;
        }
        return changes.trimRemovalsBefore(clock.instant().minus(removalsKept), ROUND);
    }
}
