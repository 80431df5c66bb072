package io.hichat.group.application.port.in;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinSource;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * @param claimedInviter the inviter the applicant names, if any: recorded, never trusted
 */
public record JoinGroupCommand(UserId applicant, GroupId group, RequestMessage message, JoinSource source,
        @Nullable UserId claimedInviter) {

    public JoinGroupCommand {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }
}
