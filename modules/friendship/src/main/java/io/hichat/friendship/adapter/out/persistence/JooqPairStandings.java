package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Tables.BLOCKS;
import static io.hichat.db.friendship.Tables.FRIENDSHIPS;
import static io.hichat.db.friendship.Tables.FRIEND_REQUESTS;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectFrom;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.domain.PairStanding;
import io.hichat.shared.domain.UserId;

/**
 * What stands between two users, from the three tables that hold it, in one statement (each part a MULTISET,
 * which PostgreSQL answers as JSON): their friendship row (by the pair's key), the blocks in either direction (by
 * their unique key), the request pending between them (by the one-pending-per-pair index). Every write between two
 * users reads it, so it costs one round trip, not three.
 */
@Component
record JooqPairStandings(DSLContext dsl) implements LoadPairStandingPort {

    @Override
    public PairStanding standingBetween(UserId one, UserId other) {
        long low = Math.min(one.value(), other.value());
        long high = Math.max(one.value(), other.value());
        var standing = dsl.select(
                multiset(selectFrom(FRIENDSHIPS).where(FRIENDSHIPS.USER_LOW.eq(low))
                        .and(FRIENDSHIPS.USER_HIGH.eq(high))),
                multiset(selectFrom(BLOCKS)
                        .where(BLOCKS.BLOCKER_ID.eq(one.value()).and(BLOCKS.BLOCKED_ID.eq(other.value())))
                        .or(BLOCKS.BLOCKER_ID.eq(other.value()).and(BLOCKS.BLOCKED_ID.eq(one.value())))),
                multiset(selectFrom(FRIEND_REQUESTS).where(JooqFriendRequestRepository.pendingBetween(one, other))))
                .fetchSingle();
        return new PairStanding(one, other,
                standing.value1().stream().findFirst().map(JooqFriendsRepository::toFriendship).orElse(null),
                standing.value2().map(JooqBlocksRepository::toBlock),
                standing.value3().stream().findFirst().map(JooqFriendRequestRepository::toRequest).orElse(null));
    }
}
