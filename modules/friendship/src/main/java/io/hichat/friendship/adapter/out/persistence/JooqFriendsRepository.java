package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Tables.FRIENDS;
import static io.hichat.db.friendship.Tables.FRIENDSHIPS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.friendship.tables.records.FriendshipsRecord;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.Friendship;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.UserPair;
import io.hichat.shared.domain.UserId;

@Component
record JooqFriendsRepository(DSLContext dsl) implements LoadFriendsPort, SaveFriendsPort {

    @Override
    public List<Friend> friendsOf(UserId user, int limit, @Nullable Long after, @Nullable Collection<Long> only) {
        return dsl.selectFrom(FRIENDS)
                .where(FRIENDS.USER_ID.eq(user.value()))
                .and(after == null ? DSL.noCondition() : FRIENDS.ID.gt(after))
                .and(only == null ? DSL.noCondition() : FRIENDS.FRIEND_ID.in(only))
                .orderBy(FRIENDS.ID)
                .limit(limit)
                .fetch(row -> new Friend(row.getId(), new UserId(row.getUserId()), new UserId(row.getFriendId()),
                        row.getRemark()));
    }

    /** The pair's and the one-row-per-direction keys make a repeat, concurrent or not, insert nothing. */
    @Override
    public void add(Friendship friendship) {
        long low = friendship.getPair().low().value();
        long high = friendship.getPair().high().value();
        long applicant = friendship.getApplicant().value();
        long recipient = friendship.getPair().otherThan(friendship.getApplicant()).value();
        long request = friendship.getMadeBy().value();
        Instant since = friendship.getSince();
        dsl.insertInto(FRIENDSHIPS)
                .set(FRIENDSHIPS.USER_LOW, low)
                .set(FRIENDSHIPS.USER_HIGH, high)
                .set(FRIENDSHIPS.FRIEND_REQUEST_ID, request)
                .set(FRIENDSHIPS.CREATED_AT, since)
                .onConflictDoNothing()
                .execute();
        dsl.insertInto(FRIENDS, FRIENDS.USER_ID, FRIENDS.FRIEND_ID, FRIENDS.FRIEND_REQUEST_ID, FRIENDS.CREATED_AT)
                .values(applicant, recipient, request, since)
                .values(recipient, applicant, request, since)
                .onConflictDoNothing()
                .execute();
    }

    /** The friendship's row only: its two entries go with it (ON DELETE CASCADE). */
    @Override
    public void remove(Friendship friendship) {
        dsl.deleteFrom(FRIENDSHIPS)
                .where(FRIENDSHIPS.USER_LOW.eq(friendship.getPair().low().value()))
                .and(FRIENDSHIPS.USER_HIGH.eq(friendship.getPair().high().value()))
                .execute();
    }

    @Override
    public boolean setRemark(UserId user, UserId friend, @Nullable Remark remark) {
        return dsl.update(FRIENDS)
                .set(FRIENDS.REMARK, remark == null ? null : remark.value())
                .where(FRIENDS.USER_ID.eq(user.value()))
                .and(FRIENDS.FRIEND_ID.eq(friend.value()))
                .execute() == 1;
    }

    /** The pairs come from the user's own entries (friends_by_user); their rows take both entries with them. */
    @Override
    public List<Friendship> removeFriendshipsOf(UserId user) {
        return dsl.deleteFrom(FRIENDSHIPS)
                .where(DSL.row(FRIENDSHIPS.USER_LOW, FRIENDSHIPS.USER_HIGH).in(
                        dsl.select(DSL.least(FRIENDS.USER_ID, FRIENDS.FRIEND_ID),
                                DSL.greatest(FRIENDS.USER_ID, FRIENDS.FRIEND_ID)).from(FRIENDS)
                                .where(FRIENDS.USER_ID.eq(user.value()))))
                .returning()
                .fetch(JooqFriendsRepository::toFriendship);
    }

    static Friendship toFriendship(FriendshipsRecord row) {
        return Friendship.reconstitute(new UserPair(new UserId(row.getUserLow()), new UserId(row.getUserHigh())),
                new FriendRequestId(row.getFriendRequestId()), row.getCreatedAt());
    }
}
