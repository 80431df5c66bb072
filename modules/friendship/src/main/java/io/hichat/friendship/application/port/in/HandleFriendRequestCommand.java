package io.hichat.friendship.application.port.in;

import lombok.NonNull;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.shared.domain.UserId;

/**
 * @param by the user deciding
 * @param decision {@code ACCEPTED}, {@code REFUSED} or {@code CANCELLED}
 */
public record HandleFriendRequestCommand(@NonNull FriendRequestId request, @NonNull UserId by,
        @NonNull HandleResult decision) {
}
