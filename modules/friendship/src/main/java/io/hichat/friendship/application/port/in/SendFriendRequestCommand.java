package io.hichat.friendship.application.port.in;

import lombok.NonNull;

import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

public record SendFriendRequestCommand(@NonNull UserId applicant, @NonNull UserId recipient,
        @NonNull RequestMessage message) {
}
