package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

/** The document's body; its {@code req_time} is ignored, the server's clock decides. */
record SendFriendRequestBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "9",
                description = "the user asked: a user id, as a string (a number is read too)")
        @JsonProperty("user_uid") @StringOrInteger.ReadAsText @Nullable String userUid,
        @Schema(maxLength = RequestMessage.MAX_LENGTH, description = "what the applicant says; may be empty")
        @JsonProperty("req_msg") @Nullable String reqMsg) {
}
