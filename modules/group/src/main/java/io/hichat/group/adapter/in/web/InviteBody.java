package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

record InviteBody(@JsonProperty("group_id") @Nullable String groupId,
        @JsonProperty("user_uid") @Nullable String userUid) {
}
