package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.NumericId;

@ValueObject
public record GroupId(long value) implements NumericId {

    public GroupId {
        if (value <= 0) {
            throw new InvalidGroupRequest("a group id is a positive integer, got " + value);
        }
    }
}
