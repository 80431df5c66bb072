package io.hichat.friendship.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.domain.UserId;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.testing.HttpApiTest;

/** The jOOQ adapters against PostgreSQL, constraints included. Friendship refers to users by id only. */
@HttpApiTest
class FriendshipRepositoriesTest {

    private static final AtomicLong NEXT_USER = new AtomicLong(
            1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");

    @Autowired
    JooqFriendRequestRepository requests;
    @Autowired
    JooqFriendsRepository friends;

    private static UserId aUser() {
        return new UserId(NEXT_USER.getAndIncrement());
    }

    private FriendRequest aRequest(UserId from, UserId to) {
        return FriendRequest.send(requests.nextId(), from, to, RequestMessage.of("我是你大学同学"), NOW);
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
        assertThat(requests.findPendingBetween(bob, alice)).hasValueSatisfying(
                pending -> assertThat(pending.getApplicant()).isEqualTo(alice));
    }

    @Test
    void aDecisionIsStoredOnceAndANewRequestMayFollowIt() {
        UserId alice = aUser();
        UserId bob = aUser();
        FriendRequest request = aRequest(alice, bob);
        requests.addIfNonePending(request);
        FriendRequest refusal = requests.findById(request.getId()).orElseThrow();
        FriendRequest lateAcceptance = requests.findById(request.getId()).orElseThrow();
        refusal.refuse(bob, NOW);
        lateAcceptance.accept(bob, NOW);

        assertThat(requests.saveIfStillPending(refusal)).isTrue();
        assertThat(requests.saveIfStillPending(lateAcceptance)).isFalse();
        assertThat(requests.findById(request.getId()).orElseThrow().getResult()).isEqualTo(HandleResult.REFUSED);
        assertThat(requests.findPendingBetween(alice, bob)).isEmpty();
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

        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 10, null)).extracting(FriendRequest::getId)
                .containsExactly(third.getId(), second.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(HandleResult.PENDING), 10, null))
                .extracting(FriendRequest::getId).containsExactly(third.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 10, third.getId()))
                .extracting(FriendRequest::getId).containsExactly(second.getId(), first.getId());
        assertThat(requests.list(bob, RequestBox.RECEIVED, Set.of(), 1, null)).hasSize(1);
        assertThat(requests.list(bob, RequestBox.SENT, Set.of(), 10, null)).isEmpty();
    }

    @Test
    void makingFriendsTwiceLeavesOneEntryPerDirection() {
        UserId alice = aUser();
        UserId bob = aUser();
        FriendRequest request = aRequest(alice, bob);
        requests.addIfNonePending(request);

        friends.addBothDirections(request.getId(), alice, bob, NOW);
        friends.addBothDirections(request.getId(), bob, alice, NOW);

        assertThat(friends.friendsOf(alice, 10, null)).extracting(Friend::friend).containsExactly(bob);
        assertThat(friends.friendsOf(bob, 10, null)).extracting(Friend::friend).containsExactly(alice);
        assertThat(friends.friendsOf(alice, 10, null).get(0).remark()).isNull();
        assertThat(friends.areFriends(alice, bob)).isTrue();
        assertThat(friends.areFriends(bob, alice)).isTrue();
    }

    @Test
    void aFriendListIsContinuedAfterItsLastSeenEntry() {
        UserId alice = aUser();
        UserId bob = aUser();
        UserId carol = aUser();
        for (UserId friend : List.of(bob, carol)) {
            FriendRequest request = aRequest(alice, friend);
            requests.addIfNonePending(request);
            friends.addBothDirections(request.getId(), alice, friend, NOW);
        }

        List<Friend> firstPage = friends.friendsOf(alice, 1, null);

        assertThat(firstPage).extracting(Friend::friend).containsExactly(bob);
        assertThat(friends.friendsOf(alice, 1, firstPage.get(0).id())).extracting(Friend::friend)
                .containsExactly(carol);
        assertThat(friends.areFriends(bob, carol)).isFalse();
    }
}
