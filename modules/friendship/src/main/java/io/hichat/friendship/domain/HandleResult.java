package io.hichat.friendship.domain;

import java.util.Arrays;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Coded;

/** Where a friend request stands, with the codes of the API document. */
@ValueObject
public enum HandleResult implements Coded {

    PENDING(0), ACCEPTED(1), REFUSED(2), CANCELLED(3);

    private final int code;

    HandleResult(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static HandleResult fromCode(int code) {
        return Arrays.stream(values()).filter(result -> result.code == code).findFirst()
                .orElseThrow(() -> new InvalidFriendRequest(
                        "a handle result is 0 (pending), 1 (accepted), 2 (refused) or 3 (cancelled), got " + code));
    }
}
