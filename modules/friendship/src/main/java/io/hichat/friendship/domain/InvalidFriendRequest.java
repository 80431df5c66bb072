package io.hichat.friendship.domain;

/** A friend request, or a decision on one, that breaks a rule of its own; the message names it. */
public class InvalidFriendRequest extends RuntimeException {

    public InvalidFriendRequest(String message) {
        super(message);
    }
}
