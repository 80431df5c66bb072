package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.Map;

import io.hichat.friendship.domain.UserId;

/** Users as friendship needs them, from the context that owns them. */
public interface LoadUserProfilesPort {

    boolean exists(UserId user);

    /** Current profiles of those of the users who exist, in one call. */
    Map<UserId, UserProfile> profilesOf(Collection<UserId> users);

    record UserProfile(String nickname, String avatar) {
    }
}
