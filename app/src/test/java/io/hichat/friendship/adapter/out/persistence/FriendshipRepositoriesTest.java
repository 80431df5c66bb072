package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.testing.UserIds.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.BlockEntry;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.Friendship;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.domain.UserPair;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.testing.HttpApiTest;

/** The jOOQ adapters against PostgreSQL, constraints included. Friendship refers to users by id only. */
@HttpApiTest
class FriendshipRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");

    @Autowired
    JooqFriendRequestRepository requests;
    @Autowired
    JooqFriendsRepository friends;
    @Autowired
    JooqBlocksRepository blocks;
    @Autowired
    JooqPairStandings standings;
    @Autowired
    TransactionOperations transactions;
    @Autowired
    JdbcTemplate jdbc;

    private FriendRequest aRequest(UserId from, UserId to) {
        return FriendRequest.send(requests.nextId(), from, to, RequestMessage.of("我是你大学同学"), NOW);
    }

    /** A pending request between the two, stored. */
    private FriendRequest aStoredRequest(UserId from, UserId to) {
        FriendRequest request = aRequest(from, to);
        requests.addIfNonePending(request);
        return request;
    }

    /** A pending request between two new users, stored. */
    private FriendRequest aStoredRequest() {
        return aStoredRequest(aUser(), aUser());
    }

    @Test
    void aStoredRequestLoadsBackEqualIdIncluded() {
        FriendRequest stored = aRequest(aUser(), aUser());
        assertThat(requests.addIfNonePending(stored)).isTrue();

        assertThat(requests.findById(stored.getId())).hasValueSatisfying(
                loaded -> assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(stored));
    }

    @Test
    void aSecondPendingRequestBetweenTheSameUsersIsNotStoredInEitherDirection() {
        UserId alice = aUser();
        UserId bob = aUser();
        requests.addIfNonePending(aRequest(alice, bob));

        assertThat(requests.addIfNonePending(aRequest(alice, bob))).isFalse();
        assertThat(requests.addIfNonePending(aRequest(bob, alice))).isFalse();
        assertThat(standings.standingBetween(bob, alice).pending()).isNotNull()
                .satisfies(pending -> assertThat(pending.getApplicant()).isEqualTo(alice));
    }

    @Test
    void aDecisionIsStoredOnceAndANewRequestMayFollowIt() {
        UserId alice = aUser();
        UserId bob = aUser();
        FriendRequest request = aStoredRequest(alice, bob);
        FriendRequest refusal = requests.findById(request.getId()).orElseThrow();
        FriendRequest lateAcceptance = requests.findById(request.getId()).orElseThrow();
        refusal.refuse(bob, NOW);
        lateAcceptance.accept(bob, NOW);

        assertThat(requests.saveIfStillPending(refusal)).isTrue();
        assertThat(requests.saveIfStillPending(lateAcceptance)).isFalse();
        assertThat(requests.findById(request.getId()).orElseThrow().getResult()).isEqualTo(HandleResult.REFUSED);
        assertThat(standings.standingBetween(alice, bob).pending()).isNull();
        assertThat(requests.addIfNonePending(aRequest(alice, bob))).isTrue();
    }

    @Test
    void aBoxIsListedNewestFirstFilteredAndContinuedAfterALastSeenRequest() {
        UserId bob = aUser();
        FriendRequest first = aRequest(aUser(), bob);
        FriendRequest second = aRequest(aUser(), bob);
        FriendRequest third = aRequest(aUser(), bob);
        List.of(first, second, third).forEach(requests::addIfNonePending);
        second.refuse(bob, NOW);
        requests.saveIfStillPending(second);

        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 10, null, null)).extracting(FriendRequest::getId)
                .containsExactly(third.getId(), second.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(HandleResult.PENDING), 10, null, null))
                .extracting(FriendRequest::getId).containsExactly(third.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 10, third.getId(), null))
                .extracting(FriendRequest::getId).containsExactly(second.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 1, null, null)).hasSize(1);
        assertThat(requests.list(bob, RequestBox.SENT, Set.of(), 10, null, null)).isEmpty();
    }

    @Test
    void makingFriendsTwiceLeavesOneEntryPerDirection() {
        UserId alice = aUser();
        UserId bob = aUser();
        FriendRequest request = aStoredRequest(alice, bob);

        befriend(request, alice, bob);
        befriend(request, bob, alice);

        assertThat(friends.friendsOf(alice, 10, null, null)).extracting(Friend::friend).containsExactly(bob);
        assertThat(friends.friendsOf(bob, 10, null, null)).extracting(Friend::friend).containsExactly(alice);
        assertThat(friends.friendsOf(alice, 10, null, null).get(0).remark()).isNull();
        assertThat(areFriends(alice, bob)).isTrue();
        assertThat(areFriends(bob, alice)).isTrue();
    }

    @Test
    void aFriendListIsContinuedAfterItsLastSeenEntry() {
        UserId alice = aUser();
        UserId bob = aUser();
        UserId carol = aUser();
        for (UserId friend : List.of(bob, carol)) {
            befriend(aStoredRequest(alice, friend), alice, friend);
        }

        List<Friend> firstPage = friends.friendsOf(alice, 1, null, null);

        assertThat(firstPage).extracting(Friend::friend).containsExactly(bob);
        assertThat(friends.friendsOf(alice, 1, firstPage.get(0).id(), null)).extracting(Friend::friend)
                .containsExactly(carol);
        assertThat(areFriends(bob, carol)).isFalse();
    }

    /** As an acceptance does: the friendship and its entries in one transaction, checked at its commit. */
    private void befriend(FriendRequest request, UserId one, UserId other) {
        transactions.executeWithoutResult(status -> friends.add(Friendship.begin(request.getId(), one, other, NOW)));
    }

    private boolean areFriends(UserId one, UserId other) {
        return standings.standingBetween(one, other).friendship() != null;
    }

    private boolean blocking(UserId blocker, UserId blocked) {
        return standings.standingBetween(blocker, blocked).blocks().stream()
                .anyMatch(block -> block.getBlocker().equals(blocker) && block.getBlocked().equals(blocked));
    }

    private UserPair friendsMade() {
        FriendRequest request = aStoredRequest();
        befriend(request, request.getApplicant(), request.getRecipient());
        return UserPair.of(request.getApplicant(), request.getRecipient());
    }

    private Friendship friendshipOf(UserPair pair) {
        return Objects.requireNonNull(standings.standingBetween(pair.low(), pair.high()).friendship());
    }

    @Test
    void removingAFriendshipRemovesBothEntriesOnce() {
        UserPair pair = friendsMade();

        Friendship friendship = friendshipOf(pair);
        friends.remove(friendship);
        friends.remove(friendship);
        assertThat(areFriends(pair.low(), pair.high())).isFalse();
        assertThat(friends.friendsOf(pair.low(), 10, null, null)).isEmpty();
        assertThat(friends.friendsOf(pair.high(), 10, null, null)).isEmpty();
    }

    @Test
    void aRemarkIsSetOnOneEntryOnlyAndOnlyOnAFriend() {
        UserPair pair = friendsMade();

        assertThat(friends.setRemark(pair.low(), pair.high(), new Remark("一博"))).isTrue();
        assertThat(friends.setRemark(pair.low(), aUser(), new Remark("x"))).isFalse();

        assertThat(friends.friendsOf(pair.low(), 10, null, null)).extracting(Friend::remark).containsExactly("一博");
        assertThat(friends.friendsOf(pair.high(), 10, null, null)).extracting(Friend::remark).containsNull();
        assertThat(friends.setRemark(pair.low(), pair.high(), null)).isTrue();
        assertThat(friends.friendsOf(pair.low(), 10, null, null)).extracting(Friend::remark).containsNull();
    }

    @Test
    void blocksAreStoredOncePerDirectionListedNewestFirstAndLifted() {
        UserId alice = aUser();
        UserId bob = aUser();
        UserId carol = aUser();
        blocks.add(Block.place(alice, bob, NOW));
        blocks.add(Block.place(alice, bob, NOW.plusSeconds(9)));
        blocks.add(Block.place(alice, carol, NOW));

        assertThat(blocking(alice, bob)).isTrue();
        assertThat(blocking(bob, alice)).isFalse();
        List<BlockEntry> listed = blocks.blockedBy(alice, 10, null, null);
        assertThat(listed).extracting(BlockEntry::blocked).containsExactly(carol, bob);
        assertThat(listed.get(1).blockedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123456Z"));
        assertThat(blocks.blockedBy(alice, 10, listed.get(0).id(), null)).extracting(BlockEntry::blocked)
                .containsExactly(bob);
        blocks.remove(Block.reconstitute(alice, bob, NOW));
        blocks.remove(Block.reconstitute(alice, bob, NOW));
        assertThat(blocks.blockedBy(alice, 10, null, null)).extracting(BlockEntry::blocked).containsExactly(carol);
        assertThat(blocking(alice, bob)).isFalse();
    }

    @Test
    void theDatabaseRefusesAFriendEntryWithoutItsFriendship() {
        FriendRequest request = aStoredRequest();

        assertThatThrownBy(() -> jdbc.update("insert into friendship.friends (user_id, friend_id, "
                + "friend_request_id, created_at) values (?, ?, ?, now())", request.getApplicant().value(),
                request.getRecipient().value(), request.getId().value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("friends_of_a_friendship");
    }

    @Test
    void theDatabaseRefusesAFriendshipWithOneEntryAtCommit() {
        FriendRequest request = aStoredRequest();
        UserId alice = request.getApplicant();
        UserId bob = request.getRecipient();
        UserPair pair = UserPair.of(alice, bob);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("insert into friendship.friendships values (?, ?, ?, now())", pair.low().value(),
                    pair.high().value(), request.getId().value());
            jdbc.update("insert into friendship.friends (user_id, friend_id, friend_request_id, created_at) "
                    + "values (?, ?, ?, now())", alice.value(), bob.value(), request.getId().value());
        })).hasMessageContaining("has 1 entries, not 2");
        assertThat(areFriends(alice, bob)).isFalse();
    }

    @Test
    void theDatabaseRefusesABlockBesideAFriendshipAtCommit() {
        UserPair pair = friendsMade();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                blocks.add(Block.place(pair.high(), pair.low(), NOW))))
                .hasMessageContaining("are friends while one blocks the other");
        assertThat(blocking(pair.high(), pair.low())).isFalse();
        assertThat(areFriends(pair.low(), pair.high())).isTrue();
    }
}
