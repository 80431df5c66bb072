package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

record MuteBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "a group id, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @Schema(pattern = ApiFormats.OPTIONAL_ID, example = "9",
                description = "the member to mute; left out, empty or \"0\": the whole group")
        @JsonProperty("user_uid") @StringOrInteger.ReadAsText @Nullable String userUid,
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", maximum = "2592000", example = "3600",
                description = "for how long from now, in seconds, at most 30 days; 0 lifts the mute")
        @Nullable Long seconds) {
}
