package io.hichat.friendship.application.port.in;

import java.util.Objects;

import io.hichat.friendship.domain.UserId;
import io.hichat.shared.domain.RequestMessage;

public record SendFriendRequestCommand(UserId applicant, UserId recipient, RequestMessage message) {

    public SendFriendRequestCommand {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
    }
}
