package io.hichat.group.domain;

import java.util.Arrays;

import org.jmolecules.ddd.annotation.ValueObject;

/** A member's place in a group, with the codes of the API document. */
@ValueObject
public enum RoleLevel {

    MEMBER(0), MANAGER(1), CREATOR(2);

    private final int code;

    RoleLevel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The creator and managers decide on join requests and admit the users they invite. */
    public boolean isAdmin() {
        return this != MEMBER;
    }

    public static RoleLevel fromCode(int code) {
        return Arrays.stream(values()).filter(role -> role.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role level " + code));
    }
}
