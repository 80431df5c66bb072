package io.hichat.group.domain;

import java.util.Arrays;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Coded;

/** Where a join request stands, with the codes of the API document. */
@ValueObject
public enum JoinResult implements Coded {

    PENDING(0), APPROVED(1), REFUSED(2);

    private final int code;

    JoinResult(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static JoinResult fromCode(int code) {
        return Arrays.stream(values()).filter(result -> result.code == code).findFirst()
                .orElseThrow(() -> new InvalidGroupRequest(
                        "a join request result is 0 (pending), 1 (approved) or 2 (refused), got " + code));
    }
}
