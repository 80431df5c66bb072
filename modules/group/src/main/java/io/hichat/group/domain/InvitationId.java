package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

@ValueObject
public record InvitationId(long value) implements NumericId {

    public InvitationId {
        if (value <= 0) {
            throw new InvalidGroupRequest("an invitation id is a positive integer, got " + value);
        }
    }
}
