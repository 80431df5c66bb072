package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Which of a user's friend requests: those they sent (class 1) or those sent to them (class 2). */
@ValueObject
public enum RequestBox {

    SENT, RECEIVED;

    public static RequestBox fromCode(int code) {
        return switch (code) {
            case 1 -> SENT;
            case 2 -> RECEIVED;
            default -> throw new InvalidFriendRequest(
                    "class is 1 (requests I sent) or 2 (requests sent to me), got " + code);
        };
    }
}
