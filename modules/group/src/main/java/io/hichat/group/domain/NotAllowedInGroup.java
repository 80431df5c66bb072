package io.hichat.group.domain;

/** The user's place in the group does not allow this: not a member, or not its creator or a manager. */
public class NotAllowedInGroup extends RuntimeException {

    public NotAllowedInGroup(String message) {
        super(message);
    }
}
