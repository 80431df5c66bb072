package io.hichat.shared.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list that says its version (contract §13): the whole list, or the changes after a version.
 *
 * @param version the version a client holds once it applied this page, as a decimal string
 * @param deleted on a page of changes, the keys of the items that left the list; {@code null} on the whole list
 * @param full whether this is the whole list answering a {@code since} that is no longer kept: the client replaces
 *        what it holds
 */
public record SyncedPage<T>(List<T> items, @Nullable String nextPageToken, String version,
        @Nullable List<String> deleted, boolean full) {

    public <R> SyncedPage<R> map(Function<T, R> mapper) {
        return new SyncedPage<>(items.stream().map(mapper).toList(), nextPageToken, version, deleted, full);
    }
}
