package io.hichat.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who exists, and what others see of them: the query API through which other contexts read users, always the
 * current profile and always one statement however many users are asked for.
 */
public interface UserDirectory {

    boolean exists(long userId);

    /**
     * Those of the given users who exist, kept existing until the caller's transaction ends: an account's deletion
     * waits for that transaction, so a write about the user commits before the user's clean-up begins, or finds the
     * user gone. Called inside the transaction that writes; one statement, and it blocks no other write about the
     * users.
     */
    Set<Long> holdExisting(Collection<Long> userIds);

    /** The profiles of those of the given users who exist, by id; unknown ids are left out. */
    Map<Long, UserProfile> profiles(Collection<Long> userIds);
}
