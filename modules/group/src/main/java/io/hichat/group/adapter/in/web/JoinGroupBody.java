package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The document's body; its {@code req_time} is ignored, the server's clock decides.
 *
 * @param joinSource 1 apply (when left out), 2 invited
 * @param inviterUid the inviter the applicant names; {@code "0"} or left out for none
 */
record JoinGroupBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "a group id, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @Schema(maxLength = RequestMessage.MAX_LENGTH, description = "what the applicant says; may be empty")
        @JsonProperty("req_msg") @Nullable String reqMsg,
        @Schema(allowableValues = { "1", "2" }, description = "1 apply (also when left out), 2 invited")
        @JsonProperty("join_source") @Nullable Integer joinSource,
        @Schema(pattern = ApiFormats.OPTIONAL_ID, example = "0",
                description = "the inviter the applicant names, recorded only; \"0\", empty or left out for none")
        @JsonProperty("inviter_uid") @StringOrInteger.ReadAsText @Nullable String inviterUid) {
}
