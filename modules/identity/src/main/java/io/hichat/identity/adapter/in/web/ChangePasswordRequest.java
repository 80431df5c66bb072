package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.identity.domain.PlainPassword;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The password change body. */
record ChangePasswordRequest(
        @JsonProperty("old_password")
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, format = "password", example = "dsafasf",
                description = "the account's password now; a wrong one answers 401 and counts as a failed login "
                        + "for the account's phone")
        @Nullable String oldPassword,
        @JsonProperty("new_password")
        @Schema(requiredMode = RequiredMode.REQUIRED, format = "password", example = "n3w-passw0rd",
                minLength = PlainPassword.MIN_BYTES, maxLength = PlainPassword.MAX_BYTES,
                description = "as at register: 6 to 72 bytes of UTF-8")
        @Nullable String newPassword) {
}
