package io.hichat.friendship.application.port.in;

import io.hichat.friendship.domain.BlockEntry;
import io.hichat.shared.domain.UserCard;

/** A blocked user as the block list shows them: the entry, and the user's current card. */
public record BlockedUser(BlockEntry entry, UserCard user) {
}
