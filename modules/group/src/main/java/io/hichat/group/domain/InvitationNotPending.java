package io.hichat.group.domain;

import io.hichat.shared.domain.Conflict;

/** The invitation was answered, cancelled or has expired. */
public class InvitationNotPending extends Conflict {

    public InvitationNotPending(InvitationId invitation) {
        super("invitation " + invitation.value() + " is no longer pending");
    }
}
