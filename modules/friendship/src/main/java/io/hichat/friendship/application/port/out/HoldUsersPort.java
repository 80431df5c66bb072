package io.hichat.friendship.application.port.out;

import java.util.List;

import io.hichat.shared.domain.UserId;

/** Users a write names, kept existing while it commits, by the context that owns them. */
public interface HoldUsersPort {

    /**
     * Keeps the users existing until the caller's transaction ends: an account's deletion waits for it, so what the
     * transaction writes about them is there before their clean-up starts. Called inside that transaction.
     *
     * @throws io.hichat.shared.domain.UserNotFound naming the first of them who does not exist
     */
    void holdExisting(List<UserId> users);
}
