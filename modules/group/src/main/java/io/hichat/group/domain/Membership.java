package io.hichat.group.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A user's place in a group.
 *
 * @param inviter who brought the member in: the inviter, or the member themselves
 */
@ValueObject
public record Membership(GroupId group, UserId user, RoleLevel role, UserId inviter, Instant joinedAt) {

    public static Membership creatorOf(Group group) {
        return new Membership(group.getId(), group.getCreator(), RoleLevel.CREATOR, group.getCreator(),
                group.getCreatedAt());
    }

    public static Membership member(GroupId group, UserId user, UserId inviter, Instant joinedAt) {
        return new Membership(group, user, RoleLevel.MEMBER, inviter, joinedAt.truncatedTo(ChronoUnit.MICROS));
    }

    public boolean isAdmin() {
        return role.isAdmin();
    }
}
