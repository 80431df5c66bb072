package io.hichat.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;

/** How {@link ListSync} reads a list's versions: the cases no run over HTTP can time. */
class ListSyncTest {

    /** A list of items that are their own keys, whose version reads answer as given, one per read. */
    private static ListSync<Long> listOf(List<Long> items, List<ItemChange> changes, ListVersion... reads) {
        Deque<ListVersion> versions = new ArrayDeque<>(List.of(reads));
        ListSync.ListVersions read = new ListSync.ListVersions() {

            @Override
            public ListVersion current() {
                return versions.size() > 1 ? versions.pop() : versions.peek();
            }

            @Override
            public List<ItemChange> after(long after, long through, int limit) {
                return changes.stream().filter(change -> change.version() > after && change.version() <= through)
                        .limit(limit).toList();
            }
        };
        return new ListSync<>(read, page -> new Page<>(items, null),
                keys -> items.stream().filter(keys::contains).toList(), Long::longValue);
    }

    @Test
    void aTrimmingRoundBetweenTheVersionAndTheChangesAnswersTheWholeList() {
        // The removal at version 3 was trimmed after the version was read and before the changes were.
        ListSync<Long> list = listOf(List.of(7L), List.of(new ItemChange(7, 4, false)), new ListVersion(4, 0),
                new ListVersion(4, 3));

        SyncedPage<Long> answer = list.answer(PageRequest.of(null, null, "2"));

        assertThat(answer.full()).isTrue();
        assertThat(answer.items()).containsExactly(7L);
        assertThat(answer.deleted()).isNull();
    }

    @Test
    void withoutATrimTheChangesAreAnswered() {
        ListSync<Long> list = listOf(List.of(7L), List.of(new ItemChange(5, 3, true), new ItemChange(7, 4, false)),
                new ListVersion(4, 0));

        SyncedPage<Long> answer = list.answer(PageRequest.of(null, null, "2"));

        assertThat(answer.full()).isFalse();
        assertThat(answer.items()).containsExactly(7L);
        assertThat(answer.deleted()).containsExactly("5");
        assertThat(answer.version()).isEqualTo("4");
    }

    @Test
    void aVersionTooLongForALongIsAboveTheListsAndLeadingZerosCountForNothing() {
        ListSync<Long> list = listOf(List.of(7L), List.of(new ItemChange(7, 4, false)), new ListVersion(4, 0));

        assertThat(list.answer(PageRequest.of(null, null, "12345678901234567890123")).full()).isTrue();
        assertThat(list.answer(PageRequest.of(null, null, "0000000000000000000004")).deleted()).isEmpty();
        assertThat(list.answer(PageRequest.of(null, null, "0003")).items()).containsExactly(7L);
    }
}
