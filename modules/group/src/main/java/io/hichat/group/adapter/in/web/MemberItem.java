package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member as the list shows them.
 *
 * @param role 0 member, 1 manager, 2 creator
 * @param inviter who brought the member in: the inviter, or the member themselves
 */
record MemberItem(
        long id,
        @JsonProperty("group_id") @Schema(pattern = ApiFormats.WRITTEN_ID) String group,
        MemberUser user,
        @JsonProperty("role_level")
        @Schema(allowableValues = { "0", "1", "2" }, description = "0 member, 1 manager, 2 creator") int role,
        @JsonProperty("inviter_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String inviter,
        @JsonProperty("mute_until") @Schema(description = "unix seconds; 0 when not muted") long muteUntil) {

    /**
     * @param isCurrentUser 1 for the user asking, 0 for everyone else
     */
    record MemberUser(
            @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
            String nickname,
            @Schema(allowableValues = { "0", "1", "2" }, description = "0 unknown, 1 male, 2 female") int sex,
            String avatar,
            @JsonProperty("Introduction") String introduction,
            @JsonProperty("is_current_user") @Schema(allowableValues = { "0", "1" }) int isCurrentUser) {
    }
}
