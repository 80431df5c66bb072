package io.hichat.identity.adapter.in.web;

import org.jspecify.annotations.Nullable;

import io.hichat.identity.domain.EmailAddress;
import io.hichat.identity.domain.Introduction;
import io.hichat.identity.domain.Nickname;
import io.hichat.shared.domain.WebUrl;
import io.swagger.v3.oas.annotations.media.Schema;

/** The profile update body: a field left out (or null) stays as it is; each field sent follows register's rules. */
record UpdateProfileRequest(
        @Schema(maxLength = Nickname.MAX_LENGTH, example = "范丞丞", description = "up to 64 characters after "
                + "trimming, no control characters; empty: 用户 and the phone's last four digits")
        @Nullable String nickname,
        @Schema(allowableValues = { "0", "1", "2" }, example = "1", description = "0 unknown, 1 male, 2 female")
        @Nullable Integer sex,
        @Schema(maxLength = WebUrl.MAX_LENGTH, pattern = WebUrl.FORMAT, format = "uri",
                example = "http://127.0.0.1:8082/avatar/101.png", description = "an http or https URL; empty for none")
        @Nullable String avatar,
        @Schema(maxLength = Introduction.MAX_LENGTH, example = "我是一个php程序员",
                description = "up to 255 characters after trimming; empty for none")
        @Nullable String introduction,
        @Schema(maxLength = EmailAddress.MAX_LENGTH, pattern = EmailAddress.FORMAT, format = "email",
                example = "fan@example.com", description = "an address such as name@example.com; empty for none")
        @Nullable String email) {
}
