package io.hichat.friendship.application.port.in;

import java.util.Objects;

import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

public record SendFriendRequestCommand(UserId applicant, UserId recipient, RequestMessage message) {

    public SendFriendRequestCommand {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(message, "message");
    }
}
