package io.hichat.group.application.port.out;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.shared.domain.UserId;

public interface SaveJoinRequestPort {

    JoinRequestId nextJoinRequestId();

    /**
     * Stores a new request, unless it is pending and one of the same user to the same group is pending already;
     * says whether it did.
     */
    boolean addIfNonePending(JoinRequest request);

    /** Stores a decision, unless another one was stored since the request was loaded; says whether it did. */
    boolean saveIfStillPending(JoinRequest handled);

    /** Deletes the user's requests to join the group, whatever their state; says how many. */
    int removeRequestsOf(GroupId group, UserId applicant);

    /** Requests to the group that name the user as their inviter or as who decided them name nobody instead. */
    void forgetReferencesTo(GroupId group, UserId user);
}
