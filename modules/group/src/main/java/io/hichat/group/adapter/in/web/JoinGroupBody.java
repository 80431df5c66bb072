package io.hichat.group.adapter.in.web;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.hichat.shared.web.StringOrInteger;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The document's body; its {@code req_time} is ignored, the server's clock decides.
 *
 * @param joinSource 1 apply (when left out), 2 invited
 * @param inviterUid the inviter the applicant names; {@code "0"} or left out for none
 */
record JoinGroupBody(
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("group_id") @Nullable String groupId,
        @JsonProperty("req_msg") @Nullable String reqMsg,
        @JsonProperty("join_source") @Nullable Integer joinSource,
        @JsonDeserialize(using = StringOrInteger.AsText.class)
        @JsonProperty("inviter_uid") @Nullable String inviterUid) {
}
