package io.hichat.friendship.application.port.in;

import java.time.Instant;
import java.util.Objects;

import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.shared.domain.UserId;

/** Make two users friends because of an accepted request. */
public record MakeFriendsCommand(FriendRequestId request, UserId applicant, UserId recipient, Instant acceptedAt) {

    public MakeFriendsCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
