package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The field of the member list, from a JSON body or from query parameters. */
record MembersQuery(@JsonProperty("group_id") @Nullable String groupId) {
}
