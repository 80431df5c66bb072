package io.hichat.friendship.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/** The name a user gives a friend, seen only by that user: 1 to 64 characters after trimming, one line. */
@ValueObject
public record Remark(String value) implements TextValue {

    public static final int MAX_LENGTH = 64;

    public Remark {
        value = BoundedText.line("remark", value, MAX_LENGTH);
        if (value.isEmpty()) {
            throw new InvalidFriendRequest("remark must not be blank");
        }
    }

    /** The remark a user typed; empty (or blank) asks for none, so that the friend's own nickname shows. */
    public static Optional<Remark> typed(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(new Remark(value));
    }
}
