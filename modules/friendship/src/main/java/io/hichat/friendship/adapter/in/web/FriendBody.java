package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A delete's body, for clients that send one; the query parameter comes first. */
record FriendBody(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @Schema(pattern = ApiFormats.ID, example = "2",
                description = "the friend, if not given as the query parameter friend_uid")
        @JsonProperty("friend_uid") @Nullable String friendUid) {
}
