package io.hichat.group.application.port.out;

import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.shared.domain.UserId;

public interface SaveInvitationPort {

    InvitationId nextInvitationId();

    /** Adds a pending invitation unless one of the invitee into the group is pending already: whether it did. */
    boolean addIfNonePending(Invitation invitation);

    /** Saves how the invitation ended if it was still pending when written: whether it was. */
    boolean saveIfStillPending(Invitation ended);

    /**
     * Takes the expiry round for the current transaction, unless another instance's transaction holds it.
     *
     * @return whether this one has it
     */
    boolean takeExpiryRound();

    /** A deleted account: the invitations it received go, those it sent name nobody as their inviter. */
    void forgetUser(UserId user);
}
