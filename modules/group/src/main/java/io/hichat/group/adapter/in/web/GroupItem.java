package io.hichat.group.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * @param notificationUid the group's current notice, {@code "0"} while none was posted
 */
record GroupItem(String id, String name, String icon, @JsonProperty("create_uid") String createUid,
        @JsonProperty("group_type") int groupType, @JsonProperty("is_verify") boolean isVerify,
        @JsonProperty("notification_uid") String notificationUid) {
}
