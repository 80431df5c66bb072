package io.hichat.group.domain;

public class JoinRequestNotFound extends RuntimeException {

    public JoinRequestNotFound(JoinRequestId request) {
        super("join request " + request.value() + " does not exist");
    }
}
