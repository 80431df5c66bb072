package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;

/** The field of the member list, from a JSON body or from query parameters. */
record MembersQuery(
        @Schema(pattern = ApiFormats.ID, example = "13", description = "a group id, as a string (a number is "
                + "read too); required here or as the query parameter group_id")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId) {
}
