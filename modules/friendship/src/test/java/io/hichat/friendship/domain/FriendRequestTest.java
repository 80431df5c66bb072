package io.hichat.friendship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.shared.domain.RequestMessage;

class FriendRequestTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final UserId STRANGER = new UserId(3);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");

    private static FriendRequest aliceAsksBob() {
        return FriendRequest.send(new FriendRequestId(7), ALICE, BOB, RequestMessage.of("我是你大学同学"), NOW);
    }

    @Test
    void aNewRequestIsPendingAndRecordsNothing() {
        FriendRequest request = aliceAsksBob();

        assertThat(request.isPending()).isTrue();
        assertThat(request.getRequestedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123456Z"));
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void noOneCanAskThemselves() {
        assertThatThrownBy(() -> FriendRequest.send(new FriendRequestId(7), ALICE, ALICE, RequestMessage.of(""), NOW))
                .isInstanceOf(InvalidFriendRequest.class).hasMessageContaining("yourself");
    }

    @Test
    void acceptingByTheRecipientRecordsFriendRequestAcceptedOnce() {
        FriendRequest request = aliceAsksBob();

        request.accept(BOB, NOW);

        assertThat(request.getResult()).isEqualTo(HandleResult.ACCEPTED);
        assertThat(request.getHandledAt()).isNotNull();
        assertThat(request.pullEvents()).containsExactly(new FriendRequestAccepted(7, 1, 2, NOW.getEpochSecond()));
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void onlyTheRecipientMayAcceptOrRefuse() {
        FriendRequest request = aliceAsksBob();

        assertThatThrownBy(() -> request.accept(ALICE, NOW)).isInstanceOf(NotAllowedToHandle.class);
        assertThatThrownBy(() -> request.refuse(STRANGER, NOW)).isInstanceOf(NotAllowedToHandle.class);
        assertThat(request.isPending()).isTrue();
    }

    @Test
    void onlyTheApplicantMayCancel() {
        FriendRequest request = aliceAsksBob();

        assertThatThrownBy(() -> request.cancel(BOB, NOW)).isInstanceOf(NotAllowedToHandle.class);
        request.cancel(ALICE, NOW);

        assertThat(request.getResult()).isEqualTo(HandleResult.CANCELLED);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void acceptingTwiceIsRefused() {
        FriendRequest request = aliceAsksBob();
        request.accept(BOB, NOW);

        assertThatThrownBy(() -> request.accept(BOB, NOW)).isInstanceOf(FriendRequestAlreadyHandled.class);
    }

    @Test
    void aStrangerIsToldNoBeforeBeingToldItIsHandled() {
        FriendRequest request = aliceAsksBob();
        request.refuse(BOB, NOW);

        assertThatThrownBy(() -> request.accept(STRANGER, NOW)).isInstanceOf(NotAllowedToHandle.class);
    }

    @Test
    void pendingIsNotADecision() {
        assertThatThrownBy(() -> aliceAsksBob().handle(HandleResult.PENDING, BOB, NOW))
                .isInstanceOf(InvalidFriendRequest.class);
    }

    @Test
    void handlingDispatchesEachDecision() {
        FriendRequest refused = aliceAsksBob();
        refused.handle(HandleResult.REFUSED, BOB, NOW);
        FriendRequest cancelled = aliceAsksBob();
        cancelled.handle(HandleResult.CANCELLED, ALICE, NOW);
        FriendRequest accepted = aliceAsksBob();
        accepted.handle(HandleResult.ACCEPTED, BOB, NOW);

        assertThat(refused.getResult()).isEqualTo(HandleResult.REFUSED);
        assertThat(cancelled.getResult()).isEqualTo(HandleResult.CANCELLED);
        assertThat(accepted.getResult()).isEqualTo(HandleResult.ACCEPTED);
    }

    @Test
    void valuesKeepTheirRules() {
        assertThatThrownBy(() -> RequestMessage.of("话".repeat(256))).hasMessageContaining("255");
        assertThat(RequestMessage.of(null).value()).isEmpty();
        assertThatThrownBy(() -> new UserId(0)).isInstanceOf(InvalidFriendRequest.class);
        assertThatThrownBy(() -> HandleResult.fromCode(4)).isInstanceOf(InvalidFriendRequest.class);
    }
}
