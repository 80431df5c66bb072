package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What the applicant tells the group's admins: up to 255 characters, possibly none. */
@ValueObject
public record RequestMessage(String value) {

    static final int MAX_LENGTH = 255;

    public RequestMessage {
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidGroupRequest("req_msg must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static RequestMessage of(@Nullable String value) {
        return new RequestMessage(value == null ? "" : value);
    }
}
