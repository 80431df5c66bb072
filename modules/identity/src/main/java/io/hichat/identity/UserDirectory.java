package io.hichat.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Who exists, and what others see of them: the query API through which other contexts read users, always the
 * current profile and always one statement however many users are asked for.
 */
public interface UserDirectory {

    boolean exists(long userId);

    /** The profiles of those of the given users who exist, by id; unknown ids are left out. */
    Map<Long, UserProfile> profiles(Collection<Long> userIds);
}
