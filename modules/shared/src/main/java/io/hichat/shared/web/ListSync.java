package io.hichat.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;

/**
 * Answers a list route with its version, and with only what changed when the client sends the version it holds
 * ({@link PageRequest#since()}, contract §13). Every list's controller answers through it, so each list has the same rules:
 * <ul>
 * <li>The version is read before the items, and changes are read up to it, so an answer never says a version
 * whose changes it lacks (and read again after them, so a trimming round meanwhile answers the whole list); an item read newer than its change is sent again with the next answer, which a client
 * applying answers in order takes as the same item.</li>
 * <li>Every page of a whole list says the version read for its first page (its page token carries it), so a client
 * that pages through it and then asks {@code since} that version misses nothing that changed meanwhile.</li>
 * <li>Changes come oldest first; a page of them says the version of its last change, and its token continues after
 * it, so a client that stops between pages resumes from the version it holds.</li>
 * </ul>
 */
public final class ListSync<T> {

    /** How {@code since} is described. */
    public static final String SINCE_DESCRIPTION = "the version of this list the client holds, from an earlier "
            + "answer's version: the answer then holds only what changed after it (deleted: the keys of the items "
            + "that left), or the whole list with full: true when that version is no longer kept";

    private final ListVersions versions;
    private final Function<PageRequest, Page<T>> wholeList;
    private final Function<Set<Long>, List<T>> itemsByKey;
    private final ToLongFunction<T> keyOf;

    /**
     * @param versions where the list stands and what changed in it
     * @param wholeList a page of the whole list, as the route answers without {@code since}
     * @param itemsByKey the items of the list, with the route's filters, among these keys (perhaps none: it is
     *        asked on every page of changes, for its checks of who may see the list); a key missing from the answer
     *        has left the list as the client sees it
     * @param keyOf the key of an item, as its changes name it
     */
    public ListSync(ListVersions versions, Function<PageRequest, Page<T>> wholeList,
            Function<Set<Long>, List<T>> itemsByKey, ToLongFunction<T> keyOf) {
        this.versions = versions;
        this.wholeList = wholeList;
        this.itemsByKey = itemsByKey;
        this.keyOf = keyOf;
    }

    /** What a list reads of its versions. */
    public interface ListVersions {

        ListVersion current();

        /** Up to {@code limit} changes after {@code after} and up to {@code through}, oldest first. */
        List<ItemChange> after(long after, long through, int limit);
    }

    public SyncedPage<T> answer(PageRequest page) {
        Long held = page.since();
        if (page.listedVersion() != null) {
            return wholeList(page.ofWholeList(), page.listedVersion(), held != null);
        }
        if (held == null) {
            if (page.changesAfter() != null) {
                throw new InvalidRequest("page_token continues changes: send it with since");
            }
            return wholeList(page, versions.current().version(), false);
        }
        if (!page.after().isEmpty()) {
            throw new InvalidRequest("page_token is not valid for this list");
        }
        ListVersion current = versions.current();
        long from = page.changesAfter() == null ? held : page.changesAfter();
        if (!current.keepsChangesAfter(from)) {
            return wholeList(page.ofWholeList(), current.version(), true);
        }
        return changes(from, current, page);
    }

    private SyncedPage<T> wholeList(PageRequest page, long version, boolean full) {
        Page<T> listed = wholeList.apply(page);
        String next = listed.nextPageToken() == null ? null : PageRequest.encodeListed(listed.nextPageToken(), version);
        return new SyncedPage<>(listed.items(), next, Long.toString(version), null, full);
    }

    private SyncedPage<T> changes(long from, ListVersion current, PageRequest page) {
        List<ItemChange> fetched = versions.after(from, current.version(), page.fetchSize());
        if (from < current.version()) {
            // A trimming round that committed between the two reads may have taken a removal the client lacks;
            // it raised the mark first.
            ListVersion after = versions.current();
            if (!after.keepsChangesAfter(from)) {
                return wholeList(page.ofWholeList(), after.version(), true);
            }
        }
        boolean more = fetched.size() > page.size();
        List<ItemChange> changes = more ? fetched.subList(0, page.size()) : fetched;
        Set<Long> present = changes.stream().filter(change -> !change.removed()).map(ItemChange::key)
                .collect(Collectors.toSet());
        Map<Long, T> items = new LinkedHashMap<>();
        // Asked even for no keys: the list's own query decides who may see it.
        itemsByKey.apply(present).forEach(item -> items.put(keyOf.applyAsLong(item), item));
        List<T> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (ItemChange change : changes) {
            T item = change.removed() ? null : items.get(change.key());
            if (item == null) {
                deleted.add(Long.toString(change.key()));
            } else {
                changed.add(item);
            }
        }
        long version = more ? changes.get(changes.size() - 1).version() : current.version();
        String next = more ? PageRequest.encodeChanges(version) : null;
        return new SyncedPage<>(changed, next, Long.toString(version), deleted, false);
    }
}
