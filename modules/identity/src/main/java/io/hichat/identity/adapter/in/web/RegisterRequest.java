package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.shared.domain.WebUrl;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The register body of the API document; fields are checked by the domain's value objects. */
record RegisterRequest(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = PhoneNumber.FORMAT, example = "17585710989",
                description = "5 to 20 digits, optionally starting with +; one account per phone")
        @Nullable String phone,
        @Schema(requiredMode = RequiredMode.REQUIRED, format = "password", minLength = PlainPassword.MIN_BYTES,
                maxLength = PlainPassword.MAX_BYTES, description = "6 to 72 bytes of UTF-8, bcrypt's limit: "
                        + "6 to 72 characters of ASCII, fewer of other scripts")
        @Nullable String password,
        @Schema(maxLength = Nickname.MAX_LENGTH, description = "up to 64 characters after trimming, no control "
                + "characters; empty or left out: 用户 and the phone's last four digits")
        @Nullable String nickname,
        @Schema(allowableValues = { "0", "1", "2" }, description = "0 unknown (also when left out), 1 male, "
                + "2 female")
        @Nullable Integer sex,
        @Schema(maxLength = WebUrl.MAX_LENGTH, pattern = WebUrl.FORMAT, format = "uri",
                description = "an http or https URL; empty or left out for none")
        @Nullable String avatar) {
}
