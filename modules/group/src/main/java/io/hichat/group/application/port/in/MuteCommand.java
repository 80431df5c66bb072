package io.hichat.group.application.port.in;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import lombok.NonNull;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/**
 * @param member the member to mute, or {@code null} for the whole group
 * @param length how long from now; zero lifts the mute
 */
public record MuteCommand(@NonNull GroupId group, @NonNull UserId by, @Nullable UserId member,
        @NonNull Duration length) {
}
