package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

@ValueObject
public record JoinRequestId(long value) implements NumericId {

    public JoinRequestId {
        if (value <= 0) {
            throw new InvalidGroupRequest("a join request id is a positive integer, got " + value);
        }
    }
}
