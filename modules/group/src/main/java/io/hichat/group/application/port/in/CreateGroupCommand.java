package io.hichat.group.application.port.in;

import lombok.NonNull;

import io.hichat.group.domain.GroupName;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

public record CreateGroupCommand(@NonNull UserId creator, @NonNull GroupName name, @NonNull WebUrl icon) {
}
