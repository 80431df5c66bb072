package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The one place the document shows a group id as a number. */
record JoinedResponse(@JsonProperty("group_id") long groupId) {
}
