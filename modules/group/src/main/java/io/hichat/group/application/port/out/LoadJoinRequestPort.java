package io.hichat.group.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.shared.domain.UserId;

public interface LoadJoinRequestPort {

    Optional<JoinRequest> findById(JoinRequestId id);

    Optional<JoinRequest> findPending(GroupId group, UserId applicant);

    /** The user's own requests, newest first, with the given results (all for an empty set), among the
     * given ids unless they are {@code null}. */
    List<JoinRequest> listOfApplicant(UserId applicant, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only);

    /** The group's requests, newest first, with the given results (all for an empty set). */
    List<JoinRequest> listOfGroup(GroupId group, Set<JoinResult> results, int limit, @Nullable JoinRequestId before,
            @Nullable Collection<Long> only);

    /** The groups the user ever asked to join (or was claimed invited to), by id. */
    List<GroupId> groupIdsAppliedToBy(UserId applicant);
}
