package io.hichat.identity.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.WebUrl;

/**
 * What a profile update asks for. A field left {@code null} stays as it is; {@code defaultNickname} asks for the
 * nickname an account without one gets, as an empty nickname does at registration.
 */
@ValueObject
public record ProfileUpdate(@Nullable Nickname nickname, boolean defaultNickname, @Nullable Sex sex,
        @Nullable WebUrl avatar, @Nullable Introduction introduction, @Nullable EmailAddress email) {
}
