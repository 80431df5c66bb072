package io.hichat.shared.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list and, where more remain, the token of the next one.
 *
 * @param nextPageToken {@code null} on the last page
 */
public record Page<T>(List<T> items, @Nullable String nextPageToken) {

    /**
     * @param fetched up to {@link PageRequest#fetchSize()} rows, in list order
     * @param sortKeys the keys the list is ordered by, of one row
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, List<Long>> sortKeys) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.size());
        return new Page<>(List.copyOf(items), PageRequest.encode(sortKeys.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextPageToken);
    }
}
