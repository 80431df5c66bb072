package io.hichat.friendship.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A blocked user as the block list shows them.
 *
 * @param blockedAt unix seconds
 */
record BlockedUserItem(
        @JsonProperty("user_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String blocked,
        String nickname,
        String avatar,
        @JsonProperty("block_time") long blockedAt) {
}
