package io.hichat.friendship.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request as the list shows it.
 *
 * @param userId the applicant
 * @param reqUid the recipient
 * @param reqTime unix seconds
 * @param handleResult always present: 0 while pending
 */
record FriendRequestItem(
        long id,
        @JsonProperty("user_id") @Schema(pattern = ApiFormats.WRITTEN_ID) String applicant,
        @JsonProperty("req_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String recipient,
        @JsonProperty("req_msg") String message,
        @JsonProperty("req_time") long requestedAt,
        @JsonProperty("handle_result")
        @Schema(allowableValues = { "0", "1", "2", "3" }, description = "0 pending, 1 accepted, 2 refused, "
                + "3 cancelled") int result) {
}
