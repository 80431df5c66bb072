package io.hichat.group.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.Instants;

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
        return new Membership(group, user, RoleLevel.MEMBER, inviter, Instants.storable(joinedAt));
    }

    public Membership withRole(RoleLevel newRole) {
        return new Membership(group, user, newRole, inviter, joinedAt);
    }
}
