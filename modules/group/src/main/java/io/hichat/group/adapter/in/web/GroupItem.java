package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param notificationUid the group's current notice, {@code "0"} while none was posted
 */
record GroupItem(
        @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
        String name,
        String icon,
        @JsonProperty("create_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String creator,
        @JsonProperty("group_type") int type,
        @JsonProperty("is_verify") boolean needsVerification,
        @JsonProperty("notification_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String notificationUid) {
}
