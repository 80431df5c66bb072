package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.shared.domain.UserId;

/**
 * @param group the group the decider says the request is for; it must be the request's
 * @param decision {@code APPROVED} or {@code REFUSED}
 */
public record HandleJoinRequestCommand(@NonNull UserId by, @NonNull JoinRequestId request, @NonNull GroupId group,
        @NonNull JoinResult decision) {
}
