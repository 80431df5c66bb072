package io.hichat.group.domain;

/**
 * The invitee blocked the inviter. The message says no more than that the invitation cannot be sent, so that a
 * blocked user is not told so in as many words.
 */
public class BlockedByInvitee extends NotAllowedInGroup {

    public BlockedByInvitee() {
        super("you cannot invite this user");
    }
}
