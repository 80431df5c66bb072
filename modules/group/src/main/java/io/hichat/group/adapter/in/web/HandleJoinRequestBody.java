package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

record HandleJoinRequestBody(@JsonProperty("group_req_id") @Nullable Long groupReqId,
        @JsonProperty("group_id") @Nullable String groupId,
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
