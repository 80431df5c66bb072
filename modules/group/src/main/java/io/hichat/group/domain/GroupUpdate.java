package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.WebUrl;

/** What an update changes: each field that is not {@code null}. */
@ValueObject
public record GroupUpdate(@Nullable GroupName name, @Nullable WebUrl icon, @Nullable GroupNotice notification,
        @Nullable Boolean needsVerification) {
}
