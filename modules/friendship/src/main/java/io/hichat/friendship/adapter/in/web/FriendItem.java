package io.hichat.friendship.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

record FriendItem(long id, @JsonProperty("friend_uid") String friendUid, String nickname, String avatar,
        String remark) {
}
