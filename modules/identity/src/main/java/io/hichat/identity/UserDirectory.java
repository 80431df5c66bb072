package io.hichat.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;

/**
 * Who exists, and what others see of them: the query API through which other contexts read users, always the
 * current card and always one statement however many users are asked for.
 */
public interface UserDirectory {

    /**
     * Keeps the given users existing until the caller's transaction ends: an account's deletion waits for that
     * transaction, so a write about the user commits before the user's clean-up begins, or finds the user gone.
     * Called inside the transaction that writes; one statement, and it blocks no other write about the users.
     *
     * @throws UserNotFound naming the first of them, in the order given, who does not exist
     */
    void holdExisting(List<UserId> users);

    /** The cards of those of the given users who exist, by id; unknown ids are left out. */
    Map<UserId, UserCard> cards(Collection<UserId> users);
}
