package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/** What a user does to another member of a group: remove them, hand them the group. */
public record MemberCommand(@NonNull GroupId group, @NonNull UserId by, @NonNull UserId member) {
}
