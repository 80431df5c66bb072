package io.hichat.friendship.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import lombok.Getter;

import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.friendship.events.FriendRequestCancelled;
import io.hichat.friendship.events.FriendRequestRefused;
import io.hichat.friendship.events.FriendRequestSent;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * One user asking another to be friends, and what became of it. The recipient accepts or refuses; the applicant may
 * cancel; each only while the request is pending. Accepting records {@link FriendRequestAccepted}, which is what
 * makes the two users friends.
 */
@AggregateRoot
@Getter
public final class FriendRequest extends EventRecordingAggregate {

    @Identity
    private final FriendRequestId id;
    private final UserId applicant;
    private final UserId recipient;
    private final RequestMessage message;
    private final Instant requestedAt;
    private HandleResult result;
    private @Nullable Instant handledAt;

    private FriendRequest(FriendRequestId id, UserId applicant, UserId recipient, RequestMessage message,
            Instant requestedAt, HandleResult result, @Nullable Instant handledAt) {
        this.id = id;
        this.applicant = applicant;
        this.recipient = recipient;
        this.message = message;
        this.requestedAt = requestedAt;
        this.result = result;
        this.handledAt = handledAt;
    }

    /** A new pending request; records {@link FriendRequestSent}. */
    public static FriendRequest send(FriendRequestId id, UserId applicant, UserId recipient, RequestMessage message,
            Instant now) {
        if (applicant.equals(recipient)) {
            throw new InvalidFriendRequest("you cannot send a friend request to yourself");
        }
        FriendRequest request = new FriendRequest(id, applicant, recipient, message, storable(now),
                HandleResult.PENDING, null);
        request.record(new FriendRequestSent(UUID.randomUUID(), request.requestedAt.getEpochSecond(), id.value(),
                applicant.value(), recipient.value()));
        return request;
    }

    public static FriendRequest reconstitute(FriendRequestId id, UserId applicant, UserId recipient,
            RequestMessage message, Instant requestedAt, HandleResult result, @Nullable Instant handledAt) {
        return new FriendRequest(id, applicant, recipient, message, requestedAt, result, handledAt);
    }

    /**
     * Applies a decision of {@code by}'s. Who may decide is checked before whether the request is still pending,
     * so a stranger learns nothing of a request's state.
     */
    public void handle(HandleResult decision, UserId by, Instant now) {
        switch (decision) {
            case ACCEPTED -> accept(by, now);
            case REFUSED -> refuse(by, now);
            case CANCELLED -> cancel(by, now);
            case PENDING -> throw new InvalidFriendRequest(
                    "a decision accepts, refuses or cancels a request; pending is none of them");
        }
    }

    public void accept(UserId by, Instant now) {
        requireRecipient(by, "accept");
        close(HandleResult.ACCEPTED, now);
        record(new FriendRequestAccepted(UUID.randomUUID(), now.getEpochSecond(), id.value(), applicant.value(),
                recipient.value()));
    }

    public void refuse(UserId by, Instant now) {
        requireRecipient(by, "refuse");
        close(HandleResult.REFUSED, now);
        record(new FriendRequestRefused(UUID.randomUUID(), now.getEpochSecond(), id.value(), applicant.value(),
                recipient.value()));
    }

    public void cancel(UserId by, Instant now) {
        if (!applicant.equals(by)) {
            throw new NotAllowedToHandle("only the user who sent friend request " + id.value() + " may cancel it");
        }
        cancelled(by, now);
    }

    /** One of its two users, {@code blocker}, blocked the other: a pending request between them ends as cancelled. */
    public void cancelForBlock(UserId blocker, Instant now) {
        cancelled(blocker, now);
    }

    public boolean isPending() {
        return result == HandleResult.PENDING;
    }

    public boolean isAccepted() {
        return result == HandleResult.ACCEPTED;
    }

    private void requireRecipient(UserId by, String decision) {
        if (!recipient.equals(by)) {
            throw new NotAllowedToHandle(
                    "only the user friend request " + id.value() + " was sent to may " + decision + " it");
        }
    }

    private void cancelled(UserId by, Instant now) {
        close(HandleResult.CANCELLED, now);
        record(new FriendRequestCancelled(UUID.randomUUID(), now.getEpochSecond(), id.value(), applicant.value(),
                recipient.value(), by.value()));
    }

    private void close(HandleResult outcome, Instant now) {
        if (!isPending()) {
            throw new FriendRequestAlreadyHandled(id);
        }
        result = outcome;
        handledAt = storable(now);
    }
}
