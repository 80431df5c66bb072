package io.hichat.group.application.port.out;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.UserId;

public interface SaveMembershipPort {

    /** Stores the membership unless the user is a member already; says whether it did. */
    boolean addIfAbsent(Membership membership);

    /** Ends the membership; says whether there was one. */
    boolean remove(GroupId group, UserId user);

    /** Stores the membership's role. */
    void saveRole(Membership membership);

    /** Mutes the member until the given moment, or with {@code null} lifts the mute. */
    void muteUntil(GroupId group, UserId user, @Nullable Instant until);
}
