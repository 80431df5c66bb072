package io.hichat.friendship.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request as the list shows it.
 *
 * @param userId the applicant
 * @param reqUid the recipient
 * @param reqTime unix seconds
 * @param handleResult always present: 0 while pending
 */
record FriendRequestItem(long id, @JsonProperty("user_id") String userId, @JsonProperty("req_uid") String reqUid,
        @JsonProperty("req_msg") String reqMsg, @JsonProperty("req_time") long reqTime,
        @JsonProperty("handle_result") int handleResult) {
}
