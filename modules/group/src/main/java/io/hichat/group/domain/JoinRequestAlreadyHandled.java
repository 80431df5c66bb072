package io.hichat.group.domain;

public class JoinRequestAlreadyHandled extends RuntimeException {

    public JoinRequestAlreadyHandled(JoinRequestId request) {
        super("join request " + request.value() + " is no longer pending");
    }
}
