package io.hichat.group.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import lombok.Getter;

import io.hichat.group.events.GroupInvitationAnswered;
import io.hichat.group.events.GroupInvitationSent;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.UserId;

/**
 * A member's invitation of a user into a group, waiting for the invitee's consent: nobody becomes a member because
 * someone else wished it. Only the invitee accepts or declines it, only its inviter cancels it, each only while it is
 * pending and before it expires. Accepting yields the request to join it causes ({@link JoinRequest#accepted}): an
 * admin's invitation admits, a plain member's waits for an admin. Sending records {@link GroupInvitationSent}; every
 * end records {@link GroupInvitationAnswered}.
 */
@AggregateRoot
@Getter
public final class Invitation extends EventRecordingAggregate {

    @Identity
    private final InvitationId id;
    private final GroupId group;
    private final UserId invitee;
    /** Who invited, or {@code null} once their account is deleted. */
    private final @Nullable UserId inviter;
    private final Instant sentAt;
    /** From then on it can no longer be answered, and ends as expired. */
    private final Instant expiresAt;
    private InvitationState state;
    /** When it ended, or {@code null} while pending. */
    private @Nullable Instant answeredAt;

    private Invitation(InvitationId id, GroupId group, UserId invitee, @Nullable UserId inviter, Instant sentAt,
            Instant expiresAt, InvitationState state, @Nullable Instant answeredAt) {
        this.id = id;
        this.group = group;
        this.invitee = invitee;
        this.inviter = inviter;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
        this.state = state;
        this.answeredAt = answeredAt;
    }

    /**
     * A member invites a user, for {@code lasting} from now. Whether one is needed (the invitee may be a member, or
     * have asked to join already) is for the caller to see before it keeps the invitation; who may invite comes first.
     *
     * @param invitersPlace the inviter's membership of the group, or {@code null} if they have none
     * @param blockedByInvitee whether the invitee blocked the inviter, which refuses the invitation
     */
    public static Invitation send(InvitationId id, GroupId group, @Nullable Membership invitersPlace, UserId invitee,
            boolean blockedByInvitee, Duration lasting, Instant now) {
        Membership inviter = GroupAction.INVITE.require(group, invitersPlace);
        if (blockedByInvitee) {
            throw new BlockedByInvitee();
        }
        Instant sentAt = storable(now);
        Invitation invitation = new Invitation(id, group, invitee, inviter.user(), sentAt, sentAt.plus(lasting),
                InvitationState.PENDING, null);
        invitation.record(new GroupInvitationSent(UUID.randomUUID(), sentAt.getEpochSecond(), id.value(),
                group.value(), invitee.value(), inviter.user().value()));
        return invitation;
    }

    /** A stored invitation, as it was read. */
    public static Invitation reconstitute(InvitationId id, GroupId group, UserId invitee, @Nullable UserId inviter,
            Instant sentAt, Instant expiresAt, InvitationState state, @Nullable Instant answeredAt) {
        return new Invitation(id, group, invitee, inviter, sentAt, expiresAt, state, answeredAt);
    }

    /**
     * Applies {@code by}'s answer. Who may answer is checked before whether the invitation is still pending, so
     * nobody else learns what became of it.
     *
     * @param group the invitation's group, as it now is; {@code null} once it was dismissed
     * @param standing the invitee's and the inviter's places in the group now; what an acceptance depends on
     * @param requestIds the id of a new request to join, should an acceptance need one
     * @return what an acceptance causes in the group; nothing for the other answers
     */
    public Acceptance answer(InvitationAnswer answer, UserId by, @Nullable Group group, InviteeStanding standing,
            Supplier<JoinRequestId> requestIds, Instant now) {
        if (group != null && !group.getId().equals(this.group)) {
            throw new IllegalArgumentException("invitation " + id.value() + " is not into group "
                    + group.getId().value());
        }
        return switch (answer) {
            case ACCEPT -> accept(by, group, standing, requestIds, now);
            case DECLINE -> {
                requireInvitee(by, "decline");
                end(InvitationState.DECLINED, now);
                yield Acceptance.NONE;
            }
            case CANCEL -> {
                cancel(by, now);
                yield Acceptance.NONE;
            }
        };
    }

    /**
     * The invitee accepts. A member already needs nothing more; a request of the invitee's own that is pending is
     * approved by an admin's invitation and otherwise left to the admins; else the acceptance makes a request.
     */
    private Acceptance accept(UserId by, @Nullable Group group, InviteeStanding standing,
            Supplier<JoinRequestId> requestIds, Instant now) {
        requireInvitee(by, "accept");
        requireOpen(now);
        if (group == null) {
            throw new GroupNotFound(this.group);
        }
        end(InvitationState.ACCEPTED, now);
        if (standing.invitee() != null) {
            return Acceptance.NONE;
        }
        JoinRequest pending = standing.pendingRequest();
        if (pending != null) {
            boolean approved = standing.inviter() != null && pending.invitedBy(standing.inviter(), now);
            return approved ? new Acceptance(null, pending) : Acceptance.NONE;
        }
        return new Acceptance(JoinRequest.accepted(requestIds.get(), this, group, standing.inviter(), now), null);
    }

    private void cancel(UserId by, Instant now) {
        if (by.equals(invitee)) {
            throw new NotAllowedInGroup("the invitee accepts or declines invitation " + id.value()
                    + "; only its inviter cancels it");
        }
        if (!by.equals(inviter)) {
            throw new NotAllowedInGroup("only the user who sent invitation " + id.value() + " may cancel it");
        }
        end(InvitationState.CANCELLED, now);
    }

    /** It went unanswered for its time, or its group was dismissed. */
    public void expire(Instant now) {
        end(InvitationState.EXPIRED, now);
    }

    public boolean isPending() {
        return state == InvitationState.PENDING;
    }

    /** Whether it can no longer be answered at {@code now}, pending or not. */
    public boolean isDue(Instant now) {
        return !now.isBefore(expiresAt);
    }

    private void requireInvitee(UserId by, String answer) {
        if (!by.equals(invitee)) {
            throw new NotAllowedInGroup("only the user invitation " + id.value() + " was sent to may " + answer
                    + " it");
        }
    }

    /** Pending, and its time not up. */
    private void requireOpen(Instant now) {
        if (!isPending() || isDue(now)) {
            throw new InvitationNotPending(id);
        }
    }

    /** An answer needs it open; an expiry only pending, whenever it comes. */
    private void end(InvitationState outcome, Instant now) {
        if (outcome != InvitationState.EXPIRED) {
            requireOpen(now);
        } else if (!isPending()) {
            throw new InvitationNotPending(id);
        }
        state = outcome;
        answeredAt = storable(now);
        record(new GroupInvitationAnswered(UUID.randomUUID(), answeredAt.getEpochSecond(), id.value(), group.value(),
                invitee.value(), inviter == null ? 0 : inviter.value(), switch (outcome) {
                    case ACCEPTED -> GroupInvitationAnswered.ACCEPTED;
                    case DECLINED -> GroupInvitationAnswered.DECLINED;
                    case CANCELLED -> GroupInvitationAnswered.CANCELLED;
                    case EXPIRED -> GroupInvitationAnswered.EXPIRED;
                    case PENDING -> throw new IllegalArgumentException("an invitation ends as anything but pending");
                }));
    }

    /**
     * What accepting an invitation causes in the group.
     *
     * @param made a new request to join, admitted or waiting for an admin, to be recorded
     * @param approved the invitee's own pending request, which the acceptance approved
     */
    public record Acceptance(@Nullable JoinRequest made, @Nullable JoinRequest approved) {

        static final Acceptance NONE = new Acceptance(null, null);
    }
}
