package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.hichat.friendship.domain.Friend;
import io.hichat.shared.domain.UserId;

public interface LoadFriendsPort {

    /** The user's friend entries in the order they were made, after the entry with the given id; only those
     * of the given friends unless that is {@code null}. */
    List<Friend> friendsOf(UserId user, int limit, @Nullable Long after, @Nullable Collection<Long> only);
}
