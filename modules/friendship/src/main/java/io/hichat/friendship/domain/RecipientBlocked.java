package io.hichat.friendship.domain;

import io.hichat.shared.domain.Conflict;
import io.hichat.shared.domain.UserId;

/** The applicant blocked the user they now ask: the block comes off first, by the applicant's own hand. */
public class RecipientBlocked extends Conflict {

    public RecipientBlocked(UserId recipient) {
        super("you blocked user " + recipient.value() + "; unblock them before sending a friend request");
    }
}
