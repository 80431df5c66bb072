package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.BoundedText;
import io.hichat.shared.domain.TextValue;

/** What a user writes about themselves: up to 255 characters after trimming, possibly none. */
@ValueObject
public record Introduction(String value) implements TextValue {

    public static final int MAX_LENGTH = 255;
    public static final Introduction NONE = new Introduction("");

    public Introduction {
        value = BoundedText.of("introduction", value, MAX_LENGTH);
    }
}
