package io.hichat.group.application.port.in;

import java.util.Objects;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.shared.domain.UserId;

/**
 * @param group the group the decider says the request is for; it must be the request's
 * @param decision {@code APPROVED} or {@code REFUSED}
 */
public record HandleJoinRequestCommand(UserId by, JoinRequestId request, GroupId group, JoinResult decision) {

    public HandleJoinRequestCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(decision, "decision");
    }
}
