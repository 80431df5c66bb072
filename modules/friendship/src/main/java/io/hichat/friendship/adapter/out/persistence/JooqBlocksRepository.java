package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Tables.BLOCKS;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.friendship.tables.records.BlocksRecord;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.BlockEntry;
import io.hichat.shared.domain.UserId;

@Component
record JooqBlocksRepository(DSLContext dsl) implements LoadBlocksPort, SaveBlocksPort {

    @Override
    public List<BlockEntry> blockedBy(UserId blocker, int limit, @Nullable Long before, @Nullable Collection<Long> only) {
        return dsl.select(BLOCKS.ID, BLOCKS.BLOCKED_ID, BLOCKS.BLOCKED_AT)
                .from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker.value()))
                .and(before == null ? DSL.noCondition() : BLOCKS.ID.lt(before))
                .and(only == null ? DSL.noCondition() : BLOCKS.BLOCKED_ID.in(only))
                .orderBy(BLOCKS.ID.desc())
                .limit(limit)
                .fetch(row -> new BlockEntry(row.value1(), new UserId(row.value2()), row.value3()));
    }

    @Override
    public boolean hasBlocked(UserId blocker, UserId blocked) {
        return dsl.fetchExists(BLOCKS, BLOCKS.BLOCKER_ID.eq(blocker.value()), BLOCKS.BLOCKED_ID.eq(blocked.value()));
    }

    @Override
    public void add(Block block) {
        dsl.insertInto(BLOCKS)
                .set(BLOCKS.BLOCKER_ID, block.getBlocker().value())
                .set(BLOCKS.BLOCKED_ID, block.getBlocked().value())
                .set(BLOCKS.BLOCKED_AT, block.getBlockedAt())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void remove(Block block) {
        dsl.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(block.getBlocker().value()))
                .and(BLOCKS.BLOCKED_ID.eq(block.getBlocked().value()))
                .execute();
    }

    static Block toBlock(BlocksRecord row) {
        return Block.reconstitute(new UserId(row.getBlockerId()), new UserId(row.getBlockedId()), row.getBlockedAt());
    }

    @Override
    public int removeBlocksOf(UserId user) {
        return dsl.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(user.value()).or(BLOCKS.BLOCKED_ID.eq(user.value())))
                .execute();
    }
}
