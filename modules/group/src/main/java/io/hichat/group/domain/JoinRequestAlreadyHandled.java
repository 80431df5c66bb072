package io.hichat.group.domain;

import io.hichat.shared.domain.Conflict;

public class JoinRequestAlreadyHandled extends Conflict {

    public JoinRequestAlreadyHandled(JoinRequestId request) {
        super("join request " + request.value() + " is no longer pending");
    }
}
