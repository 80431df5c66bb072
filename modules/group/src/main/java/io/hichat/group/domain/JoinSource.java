package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Coded;

/** How a join request came about: the user applied (1), or was invited or says so (2). */
@ValueObject
public enum JoinSource implements Coded {

    APPLIED(1), INVITED(2);

    private final int code;

    JoinSource(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static JoinSource fromCode(int code) {
        return switch (code) {
            case 1 -> APPLIED;
            case 2 -> INVITED;
            default -> throw new InvalidGroupRequest(
                    "a join request comes of 1 (applying) or 2 (an invitation), got " + code);
        };
    }
}
