package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A member's place in a group: members, then managers, then the creator. */
@ValueObject
public enum RoleLevel {

    MEMBER, MANAGER, CREATOR;

    /** Whether this role is {@code least} or above it. */
    public boolean isAtLeast(RoleLevel least) {
        return compareTo(least) >= 0;
    }
}
