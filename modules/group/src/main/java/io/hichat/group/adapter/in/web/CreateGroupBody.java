package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupName;
import io.hichat.shared.domain.WebUrl;
import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

record CreateGroupBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = GroupName.MAX_LENGTH,
                pattern = ApiFormats.NOT_BLANK, description = "1 to 64 characters after trimming, no control "
                        + "characters")
        @Nullable String name,
        @Schema(maxLength = WebUrl.MAX_LENGTH, pattern = WebUrl.FORMAT, format = "uri",
                description = "an http or https URL; empty or left out for none")
        @Nullable String icon) {
}
