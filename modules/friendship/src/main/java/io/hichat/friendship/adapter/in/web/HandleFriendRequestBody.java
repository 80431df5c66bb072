package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

record HandleFriendRequestBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", example = "1",
                description = "the request's id, from the request list")
        @JsonProperty("friend_req_id") @StringOrInteger.ReadAsNumber @Nullable Long friendReqId,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "1", "2", "3" },
                description = "1 accept, 2 refuse (the recipient), 3 cancel (the applicant)")
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
