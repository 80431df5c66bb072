package io.hichat.group.domain;

import io.hichat.shared.domain.NotFound;

public class JoinRequestNotFound extends NotFound {

    public JoinRequestNotFound(JoinRequestId request) {
        super("join request", request.value());
    }
}
