package io.hichat.group.domain;

/**
 * The lists clients hold a version of (contract §13), each kept per owner, a user or a group: its items are named by
 * a key, and every change of one is a change of the list.
 */
public enum GroupList {
    /** A user's groups, keyed by the group's id; the group's new name, icon or creator is a change. */
    MY_GROUPS,
    /** A group's members, keyed by the member's user id; a role, a mute or a new nickname is a change. */
    MEMBERS,
    /** A user's own join requests, keyed by the request's id. */
    MY_JOIN_REQUESTS,
    /** A group's join requests, keyed by the request's id. */
    GROUP_JOIN_REQUESTS,
    /** The invitations a user received, keyed by the invitation's id. */
    INVITATIONS
}
