package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotAllowed;

/**
 * The recipient blocked the applicant. The message says no more than that the request cannot be sent, so that a
 * blocked user is not told so in as many words.
 */
public class BlockedByRecipient extends NotAllowed {

    public BlockedByRecipient() {
        super("you cannot send a friend request to this user");
    }
}
