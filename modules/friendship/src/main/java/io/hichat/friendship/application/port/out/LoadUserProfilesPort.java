package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hichat.friendship.domain.UserId;

/** Users as friendship needs them, from the context that owns them. */
public interface LoadUserProfilesPort {

    boolean exists(UserId user);

    /**
     * Keeps the users existing until the caller's transaction ends: an account's deletion waits for it, so what the
     * transaction writes about them is there before their clean-up starts. Called inside that transaction.
     *
     * @return the first of them who does not exist, if any
     */
    Optional<UserId> holdExisting(List<UserId> users);

    /** Current profiles of those of the users who exist, in one call. */
    Map<UserId, UserProfile> profilesOf(Collection<UserId> users);

    record UserProfile(String nickname, String avatar) {
    }
}
