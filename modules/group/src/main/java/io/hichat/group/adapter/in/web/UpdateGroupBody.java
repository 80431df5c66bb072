package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.GroupNotice;
import io.hichat.shared.domain.WebUrl;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** A group update: a field left out (or null) stays as it is. */
record UpdateGroupBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "a group id, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @Schema(minLength = 1, maxLength = GroupName.MAX_LENGTH, example = "rust开发交流群",
                description = "1 to 64 characters after trimming, no control characters")
        @Nullable String name,
        @Schema(maxLength = WebUrl.MAX_LENGTH, pattern = WebUrl.FORMAT, format = "uri",
                example = "http://127.0.0.1:8000/hichat/social/group/102.png",
                description = "an http or https URL; empty for none")
        @Nullable String icon,
        @Schema(maxLength = GroupNotice.MAX_LENGTH, example = "周五晚上八点线上分享",
                description = "the group's notice, up to 1000 characters; empty takes it down")
        @Nullable String notification,
        @Schema(example = "true", description = "whether joining needs an admin's approval; only the creator "
                + "changes it")
        @JsonProperty("is_verify") @Nullable Boolean isVerify) {
}
