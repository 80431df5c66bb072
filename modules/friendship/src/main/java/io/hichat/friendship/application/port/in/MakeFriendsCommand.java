package io.hichat.friendship.application.port.in;

import java.time.Instant;

import lombok.NonNull;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.shared.domain.UserId;

/** Make two users friends because of an accepted request. */
public record MakeFriendsCommand(@NonNull FriendRequestId request, @NonNull UserId applicant, @NonNull UserId recipient,
        @NonNull Instant acceptedAt) {
}
