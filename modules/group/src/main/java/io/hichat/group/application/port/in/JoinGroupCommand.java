package io.hichat.group.application.port.in;

import org.jspecify.annotations.Nullable;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinSource;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

/**
 * @param claimedInviter the inviter the applicant names, if any: recorded, never trusted
 */
public record JoinGroupCommand(@NonNull UserId applicant, @NonNull GroupId group, @NonNull RequestMessage message,
        @NonNull JoinSource source, @Nullable UserId claimedInviter) {
}
