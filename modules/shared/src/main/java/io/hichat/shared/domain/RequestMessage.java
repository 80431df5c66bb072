package io.hichat.shared.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What a user says when asking something of another (to be friends, to join): up to 255 characters, possibly none. */
@ValueObject
public record RequestMessage(String value) implements TextValue {

    public static final int MAX_LENGTH = 255;

    public RequestMessage {
        value = BoundedText.of("message", value, MAX_LENGTH);
    }

    public static RequestMessage of(@Nullable String value) {
        return new RequestMessage(value == null ? "" : value);
    }
}
