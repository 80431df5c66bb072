package io.hichat.group.application.port.in;

import io.hichat.group.domain.GroupId;

public interface ExpireInvitationsUseCase {

    /**
     * Ends as expired, and says so, the pending invitations whose time is up, a bounded number per round; of the
     * instances sharing the database, one at a time does a round.
     *
     * @return how many it ended; 0 also when another instance was doing a round
     */
    int expireDue();

    /** Ends as expired the pending invitations into a group that is being dismissed, in the dismissing transaction. */
    void expireInvitationsInto(GroupId group);
}
