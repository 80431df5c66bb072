package io.hichat.group.domain;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation's acceptance depends on, read under the group's lock: the invitee's place in the group, the
 * inviter's place in it now, and a request to join the invitee made meanwhile.
 *
 * @param invitee the invitee's membership, or {@code null} if they are not a member
 * @param inviter the inviter's membership, or {@code null} if they are no longer a member (or their account is gone)
 * @param pendingRequest the invitee's own pending request to join, or {@code null}
 */
public record InviteeStanding(@Nullable Membership invitee, @Nullable Membership inviter,
        @Nullable JoinRequest pendingRequest) {
}
