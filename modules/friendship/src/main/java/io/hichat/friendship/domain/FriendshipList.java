package io.hichat.friendship.domain;

/**
 * The lists a user's clients hold a version of (contract §13), each kept per user: its items are named by a key,
 * and every change of one is a change of the list.
 */
public enum FriendshipList {
    /** Keyed by the friend's id; a friend's new nickname or avatar is a change. */
    FRIENDS,
    /** The requests the user sent and those sent to them, keyed by the request's id. */
    FRIEND_REQUESTS,
    /** Keyed by the blocked user's id; their new nickname or avatar is a change. */
    BLOCK_LIST
}
