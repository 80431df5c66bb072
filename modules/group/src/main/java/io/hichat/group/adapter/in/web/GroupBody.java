package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The group a quit is about. */
record GroupBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "a group id, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId) {
}
