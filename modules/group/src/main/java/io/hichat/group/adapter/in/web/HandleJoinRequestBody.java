package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

record HandleJoinRequestBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", example = "1",
                description = "the join request's id, from the join-request list")
        @JsonProperty("group_req_id") @StringOrInteger.ReadAsNumber @Nullable Long groupReqId,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "13",
                description = "the group the request is for, as a string (a number is read too)")
        @JsonProperty("group_id") @StringOrInteger.ReadAsText @Nullable String groupId,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = { "1", "2" },
                description = "1 approve, 2 refuse")
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
