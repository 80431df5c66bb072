package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record GroupId(long value) {

    public GroupId {
        if (value <= 0) {
            throw new InvalidGroupRequest("a group id is a positive integer, got " + value);
        }
    }
}
