package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/** A group's notice: up to 1000 characters after trimming, lines allowed; empty while none was posted. */
@ValueObject
public record GroupNotice(String value) implements TextValue {

    public static final int MAX_LENGTH = 1000;
    public static final GroupNotice NONE = new GroupNotice("");

    public GroupNotice {
        value = BoundedText.of("notification", value, MAX_LENGTH);
    }
}
