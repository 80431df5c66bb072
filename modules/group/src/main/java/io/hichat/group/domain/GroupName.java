package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/** 1 to 64 characters after trimming, without control characters. */
@ValueObject
public record GroupName(String value) implements TextValue {

    public static final int MAX_LENGTH = 64;

    public GroupName {
        value = BoundedText.line("name", value, MAX_LENGTH);
        if (value.isEmpty()) {
            throw new InvalidGroupRequest("name is required");
        }
    }

    public static GroupName of(@Nullable String value) {
        return new GroupName(value == null ? "" : value);
    }
}
