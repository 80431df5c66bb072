package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

record HandleFriendRequestBody(
        @JsonDeserialize(using = StringOrInteger.AsNumber.class)
        @JsonProperty("friend_req_id") @Nullable Long friendReqId,
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
