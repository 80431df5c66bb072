package io.hichat.friendship.application.port.in;

import java.time.Instant;

import io.hichat.friendship.domain.UserId;

/** A blocked user as the block list shows them: their current nickname and avatar, and since when. */
public record BlockedUser(long id, UserId user, String nickname, String avatar, Instant blockedAt) {
}
