package io.hichat.group.application.port.out;

import java.time.Instant;
import java.util.List;

import io.hichat.group.domain.GroupList;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;

/**
 * The lists' versions and changes. Writing a list's rows writes its changes in the same transaction, whatever
 * wrote them (the storage does it); this port only reads them, and writes what the rows cannot show.
 */
public interface ListChangesPort {

    ListVersion versionOf(GroupList list, long owner);

    List<ItemChange> changesOf(GroupList list, long owner, long after, long through, int limit);

    /** Every item showing the user changed (the member lists of their groups, their join requests, the invitations they sent). */
    void showProfileChange(UserId user);

    /** Whether this transaction has the trimming round: at most one instance's at a time. */
    boolean takeTrimRound();

    /** Forgets up to {@code limit} removals made before {@code cutoff}; lists that lose one say so from then on. */
    int trimRemovalsBefore(Instant cutoff, int limit);
}
