package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A group as its members see it; someone outside it sees only {@code id, name, icon, is_verify, member_count},
 * enough to decide whether to apply. Times are unix seconds, 0 for none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GroupInfoResponse(
        @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
        String name,
        String icon,
        @JsonProperty("is_verify") boolean isVerify,
        @JsonProperty("member_count") int memberCount,
        @JsonProperty("create_uid") @Schema(pattern = ApiFormats.WRITTEN_ID, description = "members only")
        @Nullable String createUid,
        @JsonProperty("group_type") @Schema(description = "members only") @Nullable Integer groupType,
        @Schema(description = "members only") @Nullable String notification,
        @JsonProperty("notification_uid") @Schema(pattern = ApiFormats.WRITTEN_ID,
                description = "who posted the notice, \"0\" for none; members only") @Nullable String notificationUid,
        @JsonProperty("notification_time") @Schema(description = "members only") @Nullable Long notificationTime,
        @JsonProperty("mute_until") @Schema(description = "the whole group's mute; members only")
        @Nullable Long muteUntil,
        @JsonProperty("my_role") @Schema(allowableValues = { "0", "1", "2" },
                description = "0 member, 1 manager, 2 creator; members only") @Nullable Integer myRole) {
}
