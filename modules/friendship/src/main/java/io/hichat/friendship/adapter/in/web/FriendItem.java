package io.hichat.friendship.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.ApiFormats;
import io.swagger.v3.oas.annotations.media.Schema;

record FriendItem(
        long id,
        @JsonProperty("friend_uid") @Schema(pattern = ApiFormats.WRITTEN_ID) String friendUid,
        String nickname,
        String avatar,
        String remark) {
}
