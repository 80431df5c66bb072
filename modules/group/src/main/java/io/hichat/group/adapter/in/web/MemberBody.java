package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** A group and a user: the one invited, the one a transfer hands the group to, the one removed. */
record MemberBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "a group id, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "9",
                description = "the user: a user id, as a string (a number is read too)")
        @JsonProperty("user_uid") @StringOrInteger.ReadAsText @Nullable String userUid) {
}
