package io.hichat.group.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import lombok.Getter;

import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.group.events.GroupJoinRequestRefused;
import io.hichat.group.events.GroupJoinRequested;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * A user's way into a group, and what became of it. Only the group's creator or a manager approves or refuses, and
 * only while the request is pending; approving records {@link GroupJoinRequestApproved}, which is what makes the
 * member.
 * <p>
 * An inviter named by the applicant is a claim and nothing more: it is recorded for the admins to see, and it never
 * admits anyone. An invitation is real when a member makes it and the invitee accepts it ({@link Invitation}): from
 * an admin it admits at once, from a plain member it waits for an admin like an application. An admin inviting a
 * user whose own request is pending approves it ({@link #invitedBy}): the user asked already.
 */
@AggregateRoot
@Getter
public final class JoinRequest extends EventRecordingAggregate {

    @Identity
    private final JoinRequestId id;
    private final GroupId group;
    private final UserId applicant;
    private final RequestMessage message;
    private final JoinSource source;
    /** The inviter the request names, or {@code null}. */
    private final @Nullable UserId inviter;
    private final Instant requestedAt;
    private JoinResult result;
    /** Who decided, or {@code null}: pending, or admitted by a group that needs no verification. */
    private @Nullable UserId handler;
    private @Nullable Instant handledAt;

    private JoinRequest(JoinRequestId id, GroupId group, UserId applicant, RequestMessage message, JoinSource source,
            @Nullable UserId inviter, Instant requestedAt, JoinResult result, @Nullable UserId handler,
            @Nullable Instant handledAt) {
        this.id = id;
        this.group = group;
        this.applicant = applicant;
        this.message = message;
        this.source = source;
        this.inviter = inviter;
        this.requestedAt = requestedAt;
        this.result = result;
        this.handler = handler;
        this.handledAt = handledAt;
    }

    /**
     * A user asks to join. A group that needs no verification admits at once; otherwise the request waits for an
     * admin, whatever inviter it names, and records {@link GroupJoinRequested}.
     */
    public static JoinRequest ask(JoinRequestId id, Group group, UserId applicant, RequestMessage message,
            JoinSource source, @Nullable UserId claimedInviter, Instant now) {
        UserId inviter = source == JoinSource.INVITED ? claimedInviter : null;
        JoinRequest request = new JoinRequest(id, group.getId(), applicant, message, source, inviter, storable(now),
                JoinResult.PENDING, null, null);
        if (group.isNeedsVerification()) {
            request.waitForAnAdmin(now);
        } else {
            request.admit(null, applicant, now);
        }
        return request;
    }

    /**
     * The invitee accepted an invitation: invited by an admin, or into a group that needs no verification, they are
     * admitted at once; invited by a plain member, the request waits for an admin with that inviter. What the inviter
     * may do is what their place in the group allows now, not when they invited.
     *
     * @param invitersPlace the inviter's membership of the group now, or {@code null} if they have none
     */
    static JoinRequest accepted(JoinRequestId id, Invitation invitation, Group group,
            @Nullable Membership invitersPlace, Instant now) {
        UserId inviter = invitation.getInviter();
        JoinRequest request = new JoinRequest(id, group.getId(), invitation.getInvitee(), RequestMessage.of(null),
                JoinSource.INVITED, inviter, storable(now), JoinResult.PENDING, null, null);
        if (inviter != null && GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(group.getId(), invitersPlace)) {
            request.admit(inviter, inviter, now);
        } else if (!group.isNeedsVerification()) {
            request.admit(null, inviter == null ? invitation.getInvitee() : inviter, now);
        } else {
            request.waitForAnAdmin(now);
        }
        return request;
    }

    public static JoinRequest reconstitute(JoinRequestId id, GroupId group, UserId applicant,
            RequestMessage message, JoinSource source, @Nullable UserId inviter, Instant requestedAt,
            JoinResult result, @Nullable UserId handler, @Nullable Instant handledAt) {
        return new JoinRequest(id, group, applicant, message, source, inviter, requestedAt, result, handler,
                handledAt);
    }

    /**
     * Applies a decision, made on the given group's behalf, of a user whose membership of it, if any, is given. Who
     * may decide is checked before whether the request is still pending, so an outsider learns nothing of its state.
     */
    public void decide(JoinResult decision, GroupId onBehalfOf, @Nullable Membership decider, Instant now) {
        if (!group.equals(onBehalfOf)) {
            throw new InvalidGroupRequest("join request " + id.value() + " is not a request to group "
                    + onBehalfOf.value());
        }
        switch (decision) {
            case APPROVED -> approve(decider, now);
            case REFUSED -> refuse(decider, now);
            case PENDING -> throw new InvalidGroupRequest(
                    "a decision approves or refuses a request; pending is neither");
        }
    }

    /**
     * A member invites the applicant of this pending request: an admin's invitation approves it, a plain member's
     * adds nothing to it.
     *
     * @return whether the request was approved
     */
    public boolean invitedBy(Membership inviter, Instant now) {
        if (!GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(group, inviter)) {
            return false;
        }
        approve(inviter, now);
        return true;
    }

    public void approve(@Nullable Membership decider, Instant now) {
        Membership admin = GroupAction.DECIDE_JOIN_REQUESTS.require(group, decider);
        requirePending();
        admit(admin.user(), memberInviter(), now);
    }

    public void refuse(@Nullable Membership decider, Instant now) {
        Membership admin = GroupAction.DECIDE_JOIN_REQUESTS.require(group, decider);
        requirePending();
        result = JoinResult.REFUSED;
        handler = admin.user();
        handledAt = storable(now);
        record(new GroupJoinRequestRefused(UUID.randomUUID(), now.getEpochSecond(), id.value(), group.value(),
                applicant.value(), admin.user().value()));
    }

    public boolean isPending() {
        return result == JoinResult.PENDING;
    }

    /**
     * Who brought the new member in when an admin approves: the inviter the request names (an admin vetted the claim
     * by approving it), otherwise the member themselves.
     */
    private UserId memberInviter() {
        return source == JoinSource.INVITED && inviter != null ? inviter : applicant;
    }

    private void waitForAnAdmin(Instant now) {
        record(new GroupJoinRequested(UUID.randomUUID(), now.getEpochSecond(), id.value(), group.value(),
                applicant.value(), inviter == null ? 0 : inviter.value()));
    }

    /**
     * @param approver who decided, or {@code null} when nobody had to
     * @param broughtInBy who the membership names as the one who brought the member in
     */
    private void admit(@Nullable UserId approver, UserId broughtInBy, Instant now) {
        result = JoinResult.APPROVED;
        handler = approver;
        handledAt = storable(now);
        record(new GroupJoinRequestApproved(UUID.randomUUID(), now.getEpochSecond(), id.value(), group.value(),
                applicant.value(), broughtInBy.value()));
    }

    private void requirePending() {
        if (!isPending()) {
            throw new JoinRequestAlreadyHandled(id);
        }
    }
}
