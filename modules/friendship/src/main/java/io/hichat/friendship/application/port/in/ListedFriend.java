package io.hichat.friendship.application.port.in;

import io.hichat.friendship.domain.UserId;

/**
 * A friend as the list shows them: their current nickname and avatar, and the remark, which is the nickname unless
 * the user named them otherwise.
 */
public record ListedFriend(long id, UserId friend, String nickname, String avatar, String remark) {
}
