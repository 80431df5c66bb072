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

import io.hichat.friendship.application.port.in.BlockedUser;
import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.ListFriendRequestsQuery;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SetRemarkCommand;
import io.hichat.friendship.domain.Asking.Outcome;
import io.hichat.friendship.domain.BlockedByRecipient;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.InvalidFriendRequest;
import io.hichat.friendship.domain.NotAFriend;
import io.hichat.friendship.domain.RecipientBlocked;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.friendship.events.FriendRequestCancelled;
import io.hichat.friendship.events.FriendRequestSent;
import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.friendship.events.UserBlocked;
import io.hichat.friendship.events.UserUnblocked;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;

class FriendshipUseCasesTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryFriendship store = new InMemoryFriendship();
    private final SendFriendRequestService send = new SendFriendRequestService(store, store, store, store, store,
            CLOCK);
    private final HandleFriendRequestService handle = new HandleFriendRequestService(store, store, store, store,
            store, CLOCK);
    private final ListFriendRequestsService listRequests = new ListFriendRequestsService(store);
    private final ListFriendsService listFriends = new ListFriendsService(store, store);
    private final SetRemarkService setRemark = new SetRemarkService(store);
    private final EndFriendshipService endFriendship = new EndFriendshipService(store, store, store, store, CLOCK);
    private final BlockUserService block = new BlockUserService(store, store, store, store, store, store, store, CLOCK);
    private final ListBlockedUsersService listBlocked = new ListBlockedUsersService(store, store);
    private final ForgetDeletedUserService forget = new ForgetDeletedUserService(store, store, store, store, CLOCK);

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
        assertThat(store.published).last().isInstanceOfSatisfying(FriendRequestAccepted.class, accepted -> {
            assertThat(accepted.friendRequestId()).isEqualTo(1);
            assertThat(accepted.applicantId()).isEqualTo(1);
            assertThat(accepted.recipientId()).isEqualTo(2);
            assertThat(accepted.occurredAt()).isEqualTo(1_795_600_800L);
        });
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

        assertThat(store.published).hasExactlyElementsOfTypes(FriendRequestSent.class, FriendRequestAccepted.class);
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

        assertThat(listRequests.list(new ListFriendRequestsQuery(BOB, RequestBox.RECEIVED, Set.of(), 10, null, null)))
                .extracting(FriendRequest::getApplicant).containsExactly(new UserId(3), ALICE);
        assertThat(listRequests.list(new ListFriendRequestsQuery(BOB, RequestBox.SENT, Set.of(), 10, null, null)))
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

        assertThat(listFriends.list(ALICE, 10, null, null)).extracting(listed -> listed.friend().nickname(), ListedFriend::remark)
                .containsExactly(tuple("bob renamed", "bob renamed"),
                        tuple("carol", "carol"));
        assertThat(store.cardLookups).isEqualTo(1);
    }

    @Test
    void aRemarkNamesTheFriendInOneListOnlyAndEmptyShowsTheNicknameAgain() {
        befriend(ALICE, BOB);

        setRemark.setRemark(new SetRemarkCommand(ALICE, BOB, Remark.typed("一博")));

        assertThat(listFriends.list(ALICE, 10, null, null)).extracting(ListedFriend::remark).containsExactly("一博");
        assertThat(listFriends.list(BOB, 10, null, null)).extracting(ListedFriend::remark).containsExactly("alice");
        setRemark.setRemark(new SetRemarkCommand(ALICE, BOB, Remark.typed("  ")));
        assertThat(listFriends.list(ALICE, 10, null, null)).extracting(ListedFriend::remark).containsExactly("bob");
    }

    @Test
    void aRemarkForSomeoneNotAFriendIsRefused() {
        assertThatThrownBy(() -> setRemark.setRemark(new SetRemarkCommand(ALICE, BOB, Remark.typed("x"))))
                .isInstanceOf(NotAFriend.class);
    }

    @Test
    void endingAFriendshipEmptiesBothListsOnceUnderThePairsLock() {
        befriend(ALICE, BOB);
        store.published.clear();
        store.lockedPairs.clear();

        endFriendship.endFriendship(new PairCommand(BOB, ALICE));
        endFriendship.endFriendship(new PairCommand(BOB, ALICE));

        assertThat(store.friends).isEmpty();
        assertThat(store.lockedPairs).containsExactly(Set.of(ALICE, BOB));
        assertThat(store.published).singleElement().isInstanceOfSatisfying(FriendshipEnded.class, ended -> {
            assertThat(ended.userId()).isEqualTo(2);
            assertThat(ended.friendId()).isEqualTo(1);
        });
        assertThat(ask(ALICE, BOB)).isEqualTo(Outcome.REQUESTED);
    }

    @Test
    void blockingEndsTheFriendshipCancelsWhatIsPendingAndRefusesTheBlockedUsersRequests() {
        store.addUser(3, "carol");
        UserId carol = new UserId(3);
        befriend(ALICE, BOB);
        ask(carol, ALICE);
        store.published.clear();

        block.block(new PairCommand(ALICE, BOB));
        block.block(new PairCommand(ALICE, carol));
        block.block(new PairCommand(ALICE, carol));

        assertThat(store.friends).isEmpty();
        assertThat(store.requests.values()).filteredOn(request -> request.getApplicant().equals(carol))
                .singleElement().extracting(FriendRequest::getResult).isEqualTo(HandleResult.CANCELLED);
        assertThat(store.published).hasExactlyElementsOfTypes(FriendshipEnded.class, UserBlocked.class,
                FriendRequestCancelled.class, UserBlocked.class);
        assertThatThrownBy(() -> ask(BOB, ALICE)).isInstanceOf(BlockedByRecipient.class);
        assertThatThrownBy(() -> ask(ALICE, BOB)).isInstanceOf(RecipientBlocked.class);
        assertThat(listBlocked.list(ALICE, 10, null, null)).extracting(blocked -> blocked.user().nickname())
                .containsExactly("carol", "bob");
    }

    @Test
    void blockingOneselfOrAnUnknownUserIsRefused() {
        assertThatThrownBy(() -> block.block(new PairCommand(ALICE, ALICE))).isInstanceOf(InvalidFriendRequest.class);
        assertThatThrownBy(() -> block.block(new PairCommand(ALICE, new UserId(99))))
                .isInstanceOf(UserNotFound.class);
        assertThat(store.blocks).isEmpty();
    }

    @Test
    void unblockingLiftsTheBlockOnceAndBringsNoFriendshipBack() {
        befriend(ALICE, BOB);
        block.block(new PairCommand(ALICE, BOB));
        store.published.clear();

        block.unblock(new PairCommand(ALICE, BOB));
        block.unblock(new PairCommand(ALICE, BOB));

        assertThat(store.published).singleElement().isInstanceOf(UserUnblocked.class);
        assertThat(store.friends).isEmpty();
        assertThat(ask(BOB, ALICE)).isEqualTo(Outcome.REQUESTED);
    }

    @Test
    void requestsAcceptancesAndBlocksHoldBothUsersAndAUserGoneMeanwhileIsRefusedWithNothingWritten() {
        ask(ALICE, BOB);
        handle.handle(new HandleFriendRequestCommand(onlyRequest(), BOB, HandleResult.ACCEPTED));
        block.block(new PairCommand(ALICE, BOB));
        assertThat(store.held).containsExactlyInAnyOrder(ALICE, BOB);

        UserId gone = new UserId(9);
        assertThatThrownBy(() -> ask(gone, BOB)).isInstanceOf(UserNotFound.class).hasMessageContaining("9");
        assertThatThrownBy(() -> block.block(new PairCommand(gone, ALICE))).isInstanceOf(UserNotFound.class);
        assertThat(store.requests).hasSize(1);
        assertThat(store.blockedBy(gone, 10, null, null)).isEmpty();
    }

    @Test
    void aDeletedUserLeavesNoFriendshipRequestOrBlockAndARepeatPublishesNothing() {
        UserId carol = new UserId(3);
        UserId dave = new UserId(4);
        store.addUser(3, "carol");
        store.addUser(4, "dave");
        befriend(ALICE, BOB);
        befriend(ALICE, carol);
        ask(dave, ALICE);
        block.block(new PairCommand(BOB, dave));
        block.block(new PairCommand(dave, ALICE));
        store.published.clear();

        forget.forgetDeletedUser(ALICE);
        forget.forgetDeletedUser(ALICE);

        assertThat(store.published).map(FriendshipEnded.class::cast)
                .extracting(FriendshipEnded::userId, FriendshipEnded::friendId)
                .containsExactlyInAnyOrder(tuple(1L, 2L), tuple(1L, 3L));
        assertThat(store.friends).isEmpty();
        assertThat(store.requests.values()).allSatisfy(request -> assertThat(Set.of(request.getApplicant(),
                request.getRecipient())).doesNotContain(ALICE));
        assertThat(store.blockedBy(dave, 10, null, null)).isEmpty();
        assertThat(store.blockedBy(BOB, 10, null, null)).singleElement()
                .satisfies(entry -> assertThat(entry.blocked()).isEqualTo(dave));
    }

    private void befriend(UserId one, UserId other) {
        ask(one, other);
        ask(other, one);
    }
}
