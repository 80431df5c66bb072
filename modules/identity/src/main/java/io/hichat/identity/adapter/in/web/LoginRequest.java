package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The login body; the other fields the document's v2 example sends (nickname, sex, avatar) are ignored. */
record LoginRequest(
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, example = "17585710989",
                description = "the phone the account registered with")
        @Nullable String phone,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 1, format = "password", description = "credentials "
                + "no account can have are answered as a wrong password is: 401, wrong phone or password")
        @Nullable String password) {
}
