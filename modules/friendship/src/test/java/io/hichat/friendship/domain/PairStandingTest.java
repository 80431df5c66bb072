package io.hichat.friendship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hichat.friendship.domain.Asking.Outcome;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.friendship.events.UserBlocked;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/** What follows from what stands between two users, decided by the standing alone. */
class PairStandingTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final RequestMessage HI = RequestMessage.of("hi");

    private static PairStanding nothing() {
        return new PairStanding(ALICE, BOB, null, List.of(), null);
    }

    private static PairStanding friends() {
        return new PairStanding(ALICE, BOB, Friendship.begin(new FriendRequestId(1), ALICE, BOB, NOW), List.of(),
                null);
    }

    private static PairStanding pendingFrom(UserId applicant) {
        UserId recipient = applicant.equals(ALICE) ? BOB : ALICE;
        return new PairStanding(ALICE, BOB, null, List.of(),
                FriendRequest.send(new FriendRequestId(5), applicant, recipient, HI, NOW));
    }

    private static PairStanding blockedBy(UserId blocker) {
        UserId blocked = blocker.equals(ALICE) ? BOB : ALICE;
        return new PairStanding(ALICE, BOB, null, List.of(Block.reconstitute(blocker, blocked, NOW)), null);
    }

    @Test
    void askingWithNothingBetweenSendsANewRequest() {
        Asking asking = nothing().ask(ALICE, HI, () -> new FriendRequestId(9), NOW);

        assertThat(asking.outcome()).isEqualTo(Outcome.REQUESTED);
        assertThat(asking.changed()).satisfies(request -> {
            assertThat(request.getId()).isEqualTo(new FriendRequestId(9));
            assertThat(request.getApplicant()).isEqualTo(ALICE);
            assertThat(request.getRecipient()).isEqualTo(BOB);
        });
    }

    @Test
    void askingAgainOrAskingAFriendChangesNothingAndTakesNoId() {
        assertThat(pendingFrom(ALICE).ask(ALICE, HI, () -> {
            throw new AssertionError("no id is needed");
        }, NOW)).isEqualTo(new Asking(Outcome.ALREADY_REQUESTED, null));
        assertThat(friends().ask(BOB, HI, () -> {
            throw new AssertionError("no id is needed");
        }, NOW)).isEqualTo(new Asking(Outcome.ALREADY_FRIENDS, null));
    }

    @Test
    void askingSomeoneWhoAskedYouAcceptsTheirRequest() {
        Asking asking = pendingFrom(BOB).ask(ALICE, HI, () -> new FriendRequestId(9), NOW);

        assertThat(asking.outcome()).isEqualTo(Outcome.BEFRIENDED);
        assertThat(asking.changed()).satisfies(request -> {
            assertThat(request.getId()).isEqualTo(new FriendRequestId(5));
            assertThat(request.getResult()).isEqualTo(HandleResult.ACCEPTED);
            assertThat(request.pullEvents()).last().isInstanceOf(FriendRequestAccepted.class);
        });
    }

    @Test
    void aBlockInEitherDirectionRefusesTheRequestAndSaysWhichWay() {
        assertThatThrownBy(() -> blockedBy(BOB).ask(ALICE, HI, () -> new FriendRequestId(9), NOW))
                .isInstanceOf(BlockedByRecipient.class);
        assertThatThrownBy(() -> blockedBy(ALICE).ask(ALICE, HI, () -> new FriendRequestId(9), NOW))
                .isInstanceOf(RecipientBlocked.class);
    }

    @Test
    void blockingEndsTheFriendshipAndCancelsThePendingRequestInOneChange() {
        PairStanding.Blocking ofFriends = friends().block(BOB, NOW).orElseThrow();
        PairStanding.Blocking ofAsked = pendingFrom(ALICE).block(BOB, NOW).orElseThrow();

        assertThat(ofFriends.block().getBlocker()).isEqualTo(BOB);
        assertThat(ofFriends.block().pullEvents()).singleElement().isInstanceOf(UserBlocked.class);
        assertThat(ofFriends.endedFriendship()).isNotNull().satisfies(ended -> assertThat(ended.pullEvents())
                .singleElement().isInstanceOfSatisfying(FriendshipEnded.class,
                        event -> assertThat(event.userId()).isEqualTo(2)));
        assertThat(ofFriends.cancelled()).isNull();
        assertThat(ofAsked.endedFriendship()).isNull();
        assertThat(ofAsked.cancelled()).isNotNull()
                .satisfies(request -> assertThat(request.getResult()).isEqualTo(HandleResult.CANCELLED));
    }

    @Test
    void aBlockStandingAlreadyChangesNothingAndOneselfCannotBeBlocked() {
        assertThat(blockedBy(ALICE).block(ALICE, NOW)).isEmpty();
        assertThat(blockedBy(BOB).block(ALICE, NOW)).isPresent();
        assertThatThrownBy(() -> new PairStanding(ALICE, ALICE, null, List.of(), null).block(ALICE, NOW))
                .isInstanceOf(InvalidFriendRequest.class).hasMessage("you cannot block yourself");
    }

    @Test
    void unblockingLiftsOnlyTheUnblockersOwnBlock() {
        assertThat(blockedBy(BOB).unblock(ALICE, NOW)).isEmpty();
        assertThat(blockedBy(ALICE).unblock(ALICE, NOW)).hasValueSatisfying(lifted -> assertThat(lifted.getBlocked())
                .isEqualTo(BOB));
    }

    @Test
    void endingAFriendshipEndsOnlyOneThatStands() {
        assertThat(nothing().endFriendship(ALICE, NOW)).isEmpty();
        assertThat(friends().endFriendship(ALICE, NOW)).hasValueSatisfying(ended -> assertThat(ended.pullEvents())
                .singleElement().isInstanceOf(FriendshipEnded.class));
    }
}
