package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.InvitationAnswer;
import io.hichat.group.domain.InvitationId;
import io.hichat.shared.domain.UserId;

public record AnswerInvitationCommand(@NonNull UserId by, @NonNull InvitationId invitation,
        @NonNull InvitationAnswer answer) {
}
