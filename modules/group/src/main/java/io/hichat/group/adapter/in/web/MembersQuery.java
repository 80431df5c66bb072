package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The field of the member list, from a JSON body or from query parameters. */
record MembersQuery(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("group_id") @Nullable String groupId) {
}
