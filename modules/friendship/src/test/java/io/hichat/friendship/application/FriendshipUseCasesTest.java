package io.hichat.friendship.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.ListFriendRequestsQuery;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase.Outcome;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.domain.UserId;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.shared.domain.RequestMessage;

class FriendshipUseCasesTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryFriendship store = new InMemoryFriendship();
    private final TransactionOperations noTransaction = TransactionOperations.withoutTransaction();
    private final SendFriendRequestService send = new SendFriendRequestService(store, store, store, store, store,
            store, noTransaction, CLOCK);
    private final HandleFriendRequestService handle = new HandleFriendRequestService(store, store, store, store,
            noTransaction, CLOCK);
    private final ListFriendRequestsService listRequests = new ListFriendRequestsService(store);
    private final ListFriendsService listFriends = new ListFriendsService(store, store);

    @BeforeEach
    void twoUsers() {
        store.addUser(1, "alice");
        store.addUser(2, "bob");
    }

    private Outcome ask(UserId from, UserId to) {
        return send.send(new SendFriendRequestCommand(from, to, RequestMessage.of("hi")));
    }

    private FriendRequestId onlyRequest() {
        return store.requests.values().iterator().next().getId();
    }

    @Test
    void aFirstRequestIsRecordedAsPending() {
        assertThat(ask(ALICE, BOB)).isEqualTo(Outcome.REQUESTED);

        assertThat(store.requests.values()).singleElement().satisfies(request -> {
            assertThat(request.isPending()).isTrue();
            assertThat(request.getApplicant()).isEqualTo(ALICE);
        });
    }

    @Test
    void aRequestLooksAtWhatStandsBetweenTheTwoOnlyUnderTheirPairsLock() {
        ask(ALICE, BOB);
        ask(BOB, ALICE);

        assertThat(store.lockedPairs).containsExactly(Set.of(ALICE, BOB));
        assertThat(store.unlockedLooks).isZero();
    }

    @Test
    void aDecisionTakesItsPairsLock() {
        ask(ALICE, BOB);
        store.lockedPairs.clear();

        handle.handle(new HandleFriendRequestCommand(onlyRequest(), BOB, HandleResult.REFUSED));

        assertThat(store.lockedPairs).containsExactly(Set.of(ALICE, BOB));
    }

    @Test
    void anUnknownRecipientIsRefused() {
        assertThatThrownBy(() -> ask(ALICE, new UserId(99))).isInstanceOf(UserNotFound.class);
        assertThat(store.requests).isEmpty();
    }

    @Test
    void askingAgainAddsNothing() {
        ask(ALICE, BOB);

        assertThat(ask(ALICE, BOB)).isEqualTo(Outcome.ALREADY_REQUESTED);
        assertThat(store.requests).hasSize(1);
    }

    @Test
    void askingSomeoneWhoAskedYouMakesYouFriends() {
        ask(ALICE, BOB);

        assertThat(ask(BOB, ALICE)).isEqualTo(Outcome.BEFRIENDED);

        assertThat(store.requests.get(onlyRequest().value()).getResult()).isEqualTo(HandleResult.ACCEPTED);
        assertThat(store.published).containsExactly(new FriendRequestAccepted(1, 1, 2, 1_795_600_800L));
        assertThat(store.friends).hasSize(2);
    }

    @Test
    void askingAFriendChangesNothing() {
        ask(ALICE, BOB);
        ask(BOB, ALICE);
        store.published.clear();

        assertThat(ask(ALICE, BOB)).isEqualTo(Outcome.ALREADY_FRIENDS);
        assertThat(store.requests).hasSize(1);
        assertThat(store.published).isEmpty();
    }

    @Test
    void afterARefusalANewRequestIsRecorded() {
        ask(ALICE, BOB);
        handle.handle(new HandleFriendRequestCommand(onlyRequest(), BOB, HandleResult.REFUSED));

        assertThat(ask(ALICE, BOB)).isEqualTo(Outcome.REQUESTED);
        assertThat(store.requests).hasSize(2);
    }

    @Test
    void acceptingPublishesTheEventThatMakesTheFriends() {
        ask(ALICE, BOB);

        handle.handle(new HandleFriendRequestCommand(onlyRequest(), BOB, HandleResult.ACCEPTED));

        assertThat(store.published).hasOnlyElementsOfType(FriendRequestAccepted.class).hasSize(1);
        assertThat(store.friends).extracting(Friend::user).containsExactly(ALICE, BOB);
    }

    @Test
    void anUnknownRequestIsRefused() {
        assertThatThrownBy(() -> handle.handle(
                new HandleFriendRequestCommand(new FriendRequestId(5), BOB, HandleResult.ACCEPTED)))
                .isInstanceOf(FriendRequestNotFound.class);
    }

    @Test
    void requestsAreListedNewestFirstInTheirBox() {
        store.addUser(3, "carol");
        ask(ALICE, BOB);
        ask(new UserId(3), BOB);

        assertThat(listRequests.list(new ListFriendRequestsQuery(BOB, RequestBox.RECEIVED, Set.of(), 10, null)))
                .extracting(FriendRequest::getApplicant).containsExactly(new UserId(3), ALICE);
        assertThat(listRequests.list(new ListFriendRequestsQuery(BOB, RequestBox.SENT, Set.of(), 10, null)))
                .isEmpty();
    }

    @Test
    void friendsAreListedWithTheirCurrentProfileInOneLookupWhateverTheirNumber() {
        store.addUser(3, "carol");
        ask(ALICE, BOB);
        ask(BOB, ALICE);
        ask(ALICE, new UserId(3));
        ask(new UserId(3), ALICE);
        store.addUser(2, "bob renamed");

        assertThat(listFriends.list(ALICE, 10, null)).extracting(ListedFriend::nickname, ListedFriend::remark)
                .containsExactly(tuple("bob renamed", "bob renamed"),
                        tuple("carol", "carol"));
        assertThat(store.profileLookups).isEqualTo(1);
    }
}
