package io.hichat.group.domain;

import java.util.Arrays;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Coded;

/** A member's place in a group, with the codes of the API document. */
@ValueObject
public enum RoleLevel implements Coded {

    MEMBER(0), MANAGER(1), CREATOR(2);

    private final int code;

    RoleLevel(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** Whether this role is {@code least} or above it: members, then managers, then the creator. */
    public boolean isAtLeast(RoleLevel least) {
        return compareTo(least) >= 0;
    }

    public static RoleLevel fromCode(int code) {
        return Arrays.stream(values()).filter(role -> role.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role level " + code));
    }
}
