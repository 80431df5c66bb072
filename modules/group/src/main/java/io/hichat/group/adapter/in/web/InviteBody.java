package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

record InviteBody(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("group_id") @Nullable String groupId,
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("user_uid") @Nullable String userUid) {
}
