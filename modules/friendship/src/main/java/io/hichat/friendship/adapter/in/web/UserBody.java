package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema;

/** An unblock's body, for clients that send one; the query parameter comes first. */
record UserBody(
        @Schema(pattern = ApiFormats.ID, example = "9",
                description = "the user, if not given as the query parameter user_uid")
        @JsonProperty("user_uid") @StringOrInteger.ReadAsText @Nullable String userUid) {
}
