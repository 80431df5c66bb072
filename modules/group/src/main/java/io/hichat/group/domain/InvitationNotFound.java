package io.hichat.group.domain;

import io.hichat.shared.domain.NotFound;

public class InvitationNotFound extends NotFound {

    public InvitationNotFound(InvitationId invitation) {
        super("invitation", invitation.value());
    }
}
