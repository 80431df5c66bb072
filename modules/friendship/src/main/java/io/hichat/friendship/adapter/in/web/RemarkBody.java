package io.hichat.friendship.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.friendship.domain.Remark;
import io.hichat.shared.web.ApiFormats;
import io.hichat.shared.web.StringOrInteger;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

record RemarkBody(
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = ApiFormats.ID, example = "2",
                description = "the friend: a user id, as a string (a number is read too)")
        @JsonProperty("friend_uid") @StringOrInteger.ReadAsText @Nullable String friendUid,
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = Remark.MAX_LENGTH, example = "一博",
                description = "up to 64 characters after trimming, no control characters; empty: the friend's "
                        + "own nickname again")
        @Nullable String remark) {
}
