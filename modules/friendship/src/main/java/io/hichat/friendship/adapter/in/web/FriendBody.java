package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;

/** A delete's body, for clients that send one; the query parameter comes first. */
record FriendBody(
        @Schema(pattern = ApiFormats.ID, example = "2",
                description = "the friend, if not given as the query parameter friend_uid")
        @JsonProperty("friend_uid") @StringOrInteger.ReadAsText @Nullable String friendUid) {
}
