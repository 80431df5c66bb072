package io.hichat.group.application.port.in;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/**
 * @param member the member to mute, or {@code null} for the whole group
 * @param length how long from now; zero lifts the mute
 */
public record MuteCommand(GroupId group, UserId by, @Nullable UserId member, Duration length) {

    public MuteCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(length, "length");
    }
}
