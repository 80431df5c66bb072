package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Tables.LIST_CHANGES;
import static io.hichat.db.groups.Tables.LIST_VERSIONS;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import io.hichat.db.AdvisoryLocks;
import io.hichat.group.application.port.out.ListChangesPort;
import io.hichat.group.domain.GroupList;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.ItemChange;
import io.hichat.shared.domain.ListVersion;
import io.hichat.shared.domain.UserId;

/**
 * The lists' versions and changes, which the schema's triggers write with every row of the lists' tables and number
 * at commit (V13, decision 0021); this adapter reads them, and calls the schema's functions for what no row shows.
 */
@Component
record JooqListChanges(DSLContext dsl) implements ListChangesPort {

    /** The values of the {@code list} column, as the triggers write them. */
    private static final Codes<GroupList> STORED_LISTS = Codes.of(GroupList.class, Map.of(
            GroupList.MY_GROUPS, 1, GroupList.MEMBERS, 2, GroupList.MY_JOIN_REQUESTS, 3, GroupList.GROUP_JOIN_REQUESTS, 4,
            GroupList.INVITATIONS, 5));
    /** The advisory lock of a trimming round: "gtrm". */
    private static final int TRIM_ROUND = 0x6774726d;

    @Override
    public ListVersion versionOf(GroupList list, long owner) {
        return dsl.select(LIST_VERSIONS.VERSION, LIST_VERSIONS.TRIMMED_THROUGH).from(LIST_VERSIONS)
                .where(LIST_VERSIONS.LIST.eq(stored(list)), LIST_VERSIONS.OWNER_ID.eq(owner))
                .fetchOptional(row -> new ListVersion(row.value1(), row.value2()))
                .orElse(ListVersion.UNCHANGED);
    }

    /** Served by list_changes_in_order. */
    @Override
    public List<ItemChange> changesOf(GroupList list, long owner, long after, long through, int limit) {
        return dsl.select(LIST_CHANGES.ITEM_KEY, LIST_CHANGES.VERSION, LIST_CHANGES.REMOVED).from(LIST_CHANGES)
                .where(LIST_CHANGES.LIST.eq(stored(list)), LIST_CHANGES.OWNER_ID.eq(owner),
                        LIST_CHANGES.VERSION.gt(after), LIST_CHANGES.VERSION.le(through))
                .orderBy(LIST_CHANGES.VERSION)
                .limit(limit)
                .fetch(row -> new ItemChange(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public void showProfileChange(UserId user) {
        dsl.execute("SELECT groups.show_profile_change(?)", user.value());
    }

    @Override
    public boolean takeTrimRound() {
        return AdvisoryLocks.tryLockForTransaction(dsl, TRIM_ROUND);
    }

    @Override
    public int trimRemovalsBefore(Instant cutoff, int limit) {
        // Typed, so the cutoff binds as a timestamp with time zone, as the function takes it.
        return dsl.fetchSingle("SELECT groups.trim_list_changes({0}, {1})", DSL.val(cutoff, SQLDataType.INSTANT),
                DSL.val(limit)).get(0, Integer.class);
    }

    private static short stored(GroupList list) {
        return (short) STORED_LISTS.code(list);
    }
}
