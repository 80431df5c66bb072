package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

record HandleFriendRequestBody(@JsonProperty("friend_req_id") @Nullable Long friendReqId,
        @JsonProperty("handle_result") @Nullable Integer handleResult) {
}
