package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What the applicant says to introduce themselves: up to 255 characters, possibly none. */
@ValueObject
public record RequestMessage(String value) {

    static final int MAX_LENGTH = 255;

    public RequestMessage {
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidFriendRequest("req_msg must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static RequestMessage of(@Nullable String value) {
        return new RequestMessage(value == null ? "" : value);
    }
}
