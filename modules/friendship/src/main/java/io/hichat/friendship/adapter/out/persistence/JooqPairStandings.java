package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Tables.BLOCKS;
import static io.hichat.db.friendship.Tables.FRIENDSHIPS;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.domain.PairStanding;
import io.hichat.shared.domain.UserId;

/**
 * What stands between two users, from the three tables that hold it: their friendship row (by the pair's key), the
 * blocks in either direction (by their unique key), the request pending between them (by the one-pending-per-pair
 * index).
 */
@Component
record JooqPairStandings(DSLContext dsl, JooqFriendRequestRepository requests) implements LoadPairStandingPort {

    @Override
    public PairStanding standingBetween(UserId one, UserId other) {
        long low = Math.min(one.value(), other.value());
        long high = Math.max(one.value(), other.value());
        return new PairStanding(one, other,
                dsl.selectFrom(FRIENDSHIPS).where(FRIENDSHIPS.USER_LOW.eq(low)).and(FRIENDSHIPS.USER_HIGH.eq(high))
                        .fetchOptional(JooqFriendsRepository::toFriendship).orElse(null),
                dsl.selectFrom(BLOCKS)
                        .where(BLOCKS.BLOCKER_ID.eq(one.value()).and(BLOCKS.BLOCKED_ID.eq(other.value())))
                        .or(BLOCKS.BLOCKER_ID.eq(other.value()).and(BLOCKS.BLOCKED_ID.eq(one.value())))
                        .fetch(JooqBlocksRepository::toBlock),
                requests.findPendingBetween(one, other).orElse(null));
    }
}
