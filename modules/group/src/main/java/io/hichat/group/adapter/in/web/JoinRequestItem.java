package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A join request as the list shows it; ids are {@code "0"} and times 0 where unset.
 */
record JoinRequestItem(
        long id,
        @JsonProperty("user") UserItem applicant,
        GroupRef group,
        @JsonProperty("req_msg") String message,
        @JsonProperty("req_time") long requestedAt,
        @JsonProperty("join_source")
        @Schema(allowableValues = { "1", "2" }, description = "1 applied, 2 invited") int source,
        @JsonProperty("inviter_user_id") @Schema(pattern = ApiFormats.WRITTEN_ID) String inviter,
        @JsonProperty("handle_user_id") @Schema(pattern = ApiFormats.WRITTEN_ID) String handler,
        @JsonProperty("handle_time") long handledAt,
        @JsonProperty("handle_result")
        @Schema(allowableValues = { "0", "1", "2" }, description = "0 pending, 1 approved, 2 refused")
        int result) {

    record UserItem(
            @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
            String nickname,
            @Schema(allowableValues = { "0", "1", "2" }, description = "0 unknown, 1 male, 2 female") int sex,
            String avatar,
            @JsonProperty("Introduction") String introduction) {
    }

    record GroupRef(
            @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
            String name,
            String icon,
            @JsonProperty("create_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String creator) {
    }
}
