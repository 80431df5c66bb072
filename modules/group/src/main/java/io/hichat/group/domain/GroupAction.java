package io.hichat.group.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a user may do in a group, and the least role each action needs: the group's permission matrix, written once.
 * A user who is not a member of the group may do none of them.
 */
public enum GroupAction {

    INVITE(RoleLevel.MEMBER, "invite"),
    SEE_MEMBERS(RoleLevel.MEMBER, "see its members"),
    SEE_JOIN_REQUESTS(RoleLevel.MANAGER, "see its join requests"),
    /** Also what makes an invitation admit at once: the inviter decides on the request it makes. */
    DECIDE_JOIN_REQUESTS(RoleLevel.MANAGER, "decide on its join requests"),
    UPDATE(RoleLevel.MANAGER, "change it"),
    CHANGE_VERIFICATION(RoleLevel.CREATOR, "change whether joining it needs verification"),
    REMOVE_MEMBERS(RoleLevel.MANAGER, "remove its members"),
    MUTE(RoleLevel.MANAGER, "mute it or its members"),
    SET_ROLES(RoleLevel.CREATOR, "set its members' roles"),
    TRANSFER(RoleLevel.CREATOR, "hand it over"),
    DISMISS(RoleLevel.CREATOR, "dismiss it");

    private final RoleLevel leastRole;
    private final String description;

    GroupAction(RoleLevel leastRole, String description) {
        this.leastRole = leastRole;
        this.description = description;
    }

    /**
     * @param actor the acting user's membership of the group, or {@code null} if they have none
     */
    public boolean isAllowed(GroupId group, @Nullable Membership actor) {
        return actor != null && actor.group().equals(group) && actor.role().isAtLeast(leastRole);
    }

    /** The actor's membership, if it allows this action in the group; otherwise a refusal that says who may. */
    public Membership require(GroupId group, @Nullable Membership actor) {
        if (actor != null && isAllowed(group, actor)) {
            return actor;
        }
        throw new NotAllowedInGroup("only " + whoMay(group) + " may " + description);
    }

    private String whoMay(GroupId group) {
        return switch (leastRole) {
            case MEMBER -> "members of group " + group.value();
            case MANAGER -> "the creator or a manager of group " + group.value();
            case CREATOR -> "the creator of group " + group.value();
        };
    }
}
