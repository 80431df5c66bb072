package io.hichat.group.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import lombok.Getter;

import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * A user's way into a group, and what became of it. Only the group's creator or a manager approves or refuses, and
 * only while the request is pending; approving records {@link GroupJoinRequestApproved}, which is what makes the
 * member.
 * <p>
 * An inviter named by the applicant is a claim and nothing more: it is recorded for the admins to see, and it never
 * admits anyone. An invitation is real when a member makes it ({@link #invitedBy}): from an admin it admits at once,
 * from a plain member it waits for an admin like an application.
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
     * admin, whatever inviter it names.
     */
    public static JoinRequest ask(JoinRequestId id, Group group, UserId applicant, RequestMessage message,
            JoinSource source, @Nullable UserId claimedInviter, Instant now) {
        UserId inviter = source == JoinSource.INVITED ? claimedInviter : null;
        JoinRequest request = new JoinRequest(id, group.getId(), applicant, message, source, inviter, storable(now),
                JoinResult.PENDING, null, null);
        if (!group.isNeedsVerification()) {
            request.admit(null, now);
        }
        return request;
    }

    /** A member invites a user: an admin's invitation admits at once, a plain member's waits for an admin. */
    public static JoinRequest invitedBy(JoinRequestId id, Membership inviter, UserId invitee, Instant now) {
        JoinRequest request = new JoinRequest(id, inviter.group(), invitee, RequestMessage.of(null),
                JoinSource.INVITED, inviter.user(), storable(now), JoinResult.PENDING, null, null);
        if (GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(inviter.group(), inviter)) {
            request.admit(inviter.user(), now);
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
        admit(admin.user(), now);
    }

    public void refuse(@Nullable Membership decider, Instant now) {
        Membership admin = GroupAction.DECIDE_JOIN_REQUESTS.require(group, decider);
        requirePending();
        result = JoinResult.REFUSED;
        handler = admin.user();
        handledAt = storable(now);
    }

    public boolean isPending() {
        return result == JoinResult.PENDING;
    }

    /**
     * Who brought the new member in: the inviter of an invitation an admin vetted by approving it, otherwise the
     * member themselves.
     */
    private UserId memberInviter(@Nullable UserId approver) {
        return source == JoinSource.INVITED && inviter != null && approver != null ? inviter : applicant;
    }

    private void admit(@Nullable UserId approver, Instant now) {
        result = JoinResult.APPROVED;
        handler = approver;
        handledAt = storable(now);
        record(new GroupJoinRequestApproved(UUID.randomUUID(), now.getEpochSecond(), id.value(), group.value(),
                applicant.value(), memberInviter(approver).value()));
    }

    private void requirePending() {
        if (!isPending()) {
            throw new JoinRequestAlreadyHandled(id);
        }
    }
}
