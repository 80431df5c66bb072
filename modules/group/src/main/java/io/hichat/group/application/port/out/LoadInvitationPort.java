package io.hichat.group.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.shared.domain.UserId;

public interface LoadInvitationPort {

    Optional<Invitation> findById(InvitationId id);

    Optional<Invitation> findPendingInvitation(GroupId group, UserId invitee);

    /** The invitations the user received, newest first, in the given states (all for an empty set). */
    List<Invitation> listOfInvitee(UserId invitee, Set<InvitationState> states, int limit,
            @Nullable InvitationId before, @Nullable Collection<Long> only);

    /** The group's pending invitations. */
    List<Invitation> pendingInto(GroupId group);

    /** Pending invitations whose time was up by {@code now}, the longest due first, at most {@code limit}. */
    List<Invitation> pendingDueBy(Instant now, int limit);

    /** The groups of the invitations the user received or sent, by id. */
    List<GroupId> groupIdsInvitingOrInvitedBy(UserId user);
}
