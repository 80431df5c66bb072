package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An invitation as the invitee's list shows it, its group and inviter as the join-request list shows them: a
 * dismissed group keeps only its id, a deleted inviter reads {@code "0"}.
 */
record InvitationItem(
        @Schema(pattern = ApiFormats.WRITTEN_ID) String id,
        JoinRequestItem.GroupRef group,
        JoinRequestItem.UserItem inviter,
        @JsonProperty("created_time") long sentAt,
        @JsonProperty("handle_result")
        @Schema(allowableValues = { "0", "1", "2", "3" },
                description = "0 pending, 1 accepted, 2 refused (declined, expired, or its group dismissed), "
                        + "3 cancelled by the inviter")
        int result) {
}
