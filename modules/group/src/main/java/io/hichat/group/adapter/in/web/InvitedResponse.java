package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an invitation: the group, as the document shows it (a number), and the invitation pending the
 * invitee's answer.
 */
record InvitedResponse(
        @JsonProperty("group_id") long groupId,
        @JsonProperty("invitation_id") @Schema(pattern = ApiFormats.WRITTEN_ID,
                description = "the pending invitation, new or the one there was; \"0\" when none was needed: the "
                        + "user is a member already, or asked to join (an admin's invitation approves the request)")
        String invitationId) {
}
