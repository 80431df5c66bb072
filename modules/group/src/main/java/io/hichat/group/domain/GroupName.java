package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** 1 to 64 characters after trimming, without control characters. */
@ValueObject
public record GroupName(String value) {

    static final int MAX_LENGTH = 64;

    public GroupName {
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidGroupRequest("name is required");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidGroupRequest("name must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidGroupRequest("name must not contain control characters");
        }
    }

    public static GroupName of(@Nullable String value) {
        return new GroupName(value == null ? "" : value);
    }
}
