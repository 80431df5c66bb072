package io.hichat.group.application.port.in;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.Invitation;
import io.hichat.shared.domain.UserCard;

/**
 * An invitation with what the list shows of its group and its inviter.
 *
 * @param group {@code null} once the group was dismissed
 * @param inviter {@code null} once the inviter's account is deleted
 */
public record ListedInvitation(Invitation invitation, @Nullable Group group, @Nullable UserCard inviter) {
}
