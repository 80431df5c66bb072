package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** How a join request came about: the user applied (1), or says they were invited (2). */
@ValueObject
public enum JoinSource {

    APPLIED(1), INVITED(2);

    private final int code;

    JoinSource(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static JoinSource fromCode(int code) {
        return switch (code) {
            case 1 -> APPLIED;
            case 2 -> INVITED;
            default -> throw new InvalidGroupRequest("join_source must be 1 (apply) or 2 (invited), got " + code);
        };
    }
}
