package io.hichat.friendship.application.port.in;

import java.util.Objects;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.shared.domain.UserId;

/**
 * @param by the user deciding
 * @param decision {@code ACCEPTED}, {@code REFUSED} or {@code CANCELLED}
 */
public record HandleFriendRequestCommand(FriendRequestId request, UserId by, HandleResult decision) {

    public HandleFriendRequestCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(decision, "decision");
    }
}
