package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record JoinRequestId(long value) {

    public JoinRequestId {
        if (value <= 0) {
            throw new InvalidGroupRequest("a join request id is a positive integer, got " + value);
        }
    }
}
