package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member as the list shows them.
 *
 * @param roleLevel 0 member, 1 manager, 2 creator
 * @param inviterUid who brought the member in: the inviter, or the member themselves
 */
record MemberItem(long id, @JsonProperty("group_id") String groupId, MemberUser user,
        @JsonProperty("role_level") int roleLevel, @JsonProperty("inviter_uid") String inviterUid) {

    /**
     * @param isCurrentUser 1 for the user asking, 0 for everyone else
     */
    record MemberUser(String id, String nickname, int sex, String avatar,
            @JsonProperty("Introduction") String introduction,
            @JsonProperty("is_current_user") int isCurrentUser) {
    }
}
