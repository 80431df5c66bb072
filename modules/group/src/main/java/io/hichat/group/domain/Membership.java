package io.hichat.group.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.Instants;
import io.hichat.shared.domain.UserId;

/**
 * A user's place in a group. Only a plain member is muted: a role above it comes without a mute. (A mute stored
 * before that rule may still sit on a manager; zero seconds lifts it.)
 *
 * @param inviter who brought the member in: the inviter, or the member themselves; {@code null} once the inviter's
 *        account is deleted
 * @param muteUntil until when the member is muted, or {@code null} if they are not
 */
@ValueObject
public record Membership(GroupId group, UserId user, RoleLevel role, @Nullable UserId inviter, Instant joinedAt,
        @Nullable Instant muteUntil) {

    public static Membership creatorOf(Group group) {
        return new Membership(group.getId(), group.getCreator(), RoleLevel.CREATOR, group.getCreator(),
                group.getCreatedAt(), null);
    }

    public static Membership member(GroupId group, UserId user, UserId inviter, Instant joinedAt) {
        return new Membership(group, user, RoleLevel.MEMBER, inviter, Instants.storable(joinedAt), null);
    }

    public boolean isMuted() {
        return muteUntil != null;
    }

    /** The membership in a new role; a role above a plain member's lifts the mute. */
    Membership withRole(RoleLevel newRole) {
        return new Membership(group, user, newRole, inviter, joinedAt, newRole == RoleLevel.MEMBER ? muteUntil : null);
    }

    Membership mutedUntil(@Nullable Instant until) {
        return new Membership(group, user, role, inviter, joinedAt, until);
    }
}
