package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The document's body; its {@code req_time} is ignored, the server's clock decides. */
record SendFriendRequestBody(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("user_uid") @Nullable String userUid,
        @JsonProperty("req_msg") @Nullable String reqMsg) {
}
