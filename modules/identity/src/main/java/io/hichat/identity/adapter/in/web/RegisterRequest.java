package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

/** The register body of the API document; fields are checked by the domain's value objects. */
record RegisterRequest(@Nullable String phone, @Nullable String password, @Nullable String nickname,
        @Nullable Integer sex, @Nullable String avatar) {
}
