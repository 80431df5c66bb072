package io.hichat.friendship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.friendship.events.FriendRequestCancelled;
import io.hichat.friendship.events.FriendRequestRefused;
import io.hichat.friendship.events.FriendRequestSent;
import io.hichat.shared.domain.Invalid;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

class FriendRequestTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final UserId STRANGER = new UserId(3);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");

    private static FriendRequest send() {
        return FriendRequest.send(new FriendRequestId(7), ALICE, BOB, RequestMessage.of("我是你大学同学"), NOW);
    }

    /** A request sent, its FriendRequestSent taken already. */
    private static FriendRequest aliceAsksBob() {
        FriendRequest request = send();
        request.pullEvents();
        return request;
    }

    @Test
    void aNewRequestIsPendingAndRecordsFriendRequestSent() {
        FriendRequest request = send();

        assertThat(request.isPending()).isTrue();
        assertThat(request.getRequestedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123456Z"));
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(FriendRequestSent.class, sent -> {
            assertThat(sent.eventId()).isNotNull();
            assertThat(sent.occurredAt()).isEqualTo(NOW.getEpochSecond());
            assertThat(List.of(sent.friendRequestId(), sent.applicantId(), sent.recipientId()))
                    .containsExactly(7L, 1L, 2L);
        });
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
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(FriendRequestAccepted.class,
                accepted -> assertThat(List.of(accepted.friendRequestId(), accepted.applicantId(),
                        accepted.recipientId(), accepted.occurredAt())).containsExactly(7L, 1L, 2L,
                        NOW.getEpochSecond()));
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
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(FriendRequestCancelled.class,
                cancelled -> assertThat(List.of(cancelled.friendRequestId(), cancelled.applicantId(),
                        cancelled.recipientId(), cancelled.byUserId())).containsExactly(request.getId().value(),
                                ALICE.value(), BOB.value(), ALICE.value()));
    }

    @Test
    void refusingRecordsTheRefusal() {
        FriendRequest request = aliceAsksBob();

        request.refuse(BOB, NOW);

        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(FriendRequestRefused.class,
                refused -> assertThat(List.of(refused.friendRequestId(), refused.applicantId(),
                        refused.recipientId(), refused.occurredAt())).containsExactly(request.getId().value(),
                                ALICE.value(), BOB.value(), NOW.getEpochSecond()));
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
        assertThatThrownBy(() -> new UserId(0)).isInstanceOf(Invalid.class);
    }

    @Test
    void aBlockCancelsAPendingRequestWhoeverSentItAndOnlyAPendingOne() {
        FriendRequest request = aliceAsksBob();

        request.cancelForBlock(BOB, NOW);

        assertThat(request.getResult()).isEqualTo(HandleResult.CANCELLED);
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(FriendRequestCancelled.class,
                cancelled -> assertThat(cancelled.byUserId()).isEqualTo(BOB.value()));
        assertThatThrownBy(() -> request.cancelForBlock(BOB, NOW)).isInstanceOf(FriendRequestAlreadyHandled.class);
    }
}
