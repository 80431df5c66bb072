package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

record HandleJoinRequestBody(
        @JsonDeserialize(using = StringOrInteger.AsNumber.class)
        @JsonProperty("group_req_id") @Nullable Long groupReqId,
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("group_id") @Nullable String groupId,
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
