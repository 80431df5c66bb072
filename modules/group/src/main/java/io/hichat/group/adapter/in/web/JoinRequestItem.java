package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A join request as the list shows it; ids are {@code "0"} and times 0 where unset.
 */
record JoinRequestItem(long id, UserItem user, GroupRef group, @JsonProperty("req_msg") String reqMsg,
        @JsonProperty("req_time") long reqTime, @JsonProperty("join_source") int joinSource,
        @JsonProperty("inviter_user_id") String inviterUserId, @JsonProperty("handle_user_id") String handleUserId,
        @JsonProperty("handle_time") long handleTime, @JsonProperty("handle_result") int handleResult) {

    record UserItem(String id, String nickname, int sex, String avatar,
            @JsonProperty("Introduction") String introduction) {
    }

    record GroupRef(String id, String name, String icon, @JsonProperty("create_uid") String createUid) {
    }
}
