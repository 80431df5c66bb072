package io.hichat.group.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hichat.group.domain.UserCard;
import io.hichat.group.domain.UserId;

/** Users as the group context shows them, from the context that owns them. */
public interface LoadUserCardsPort {

    boolean exists(UserId user);

    /**
     * Keeps the users existing until the caller's transaction ends: an account's deletion waits for it, so what the
     * transaction writes about them is there before their clean-up starts. Called inside that transaction.
     *
     * @return the first of them who does not exist, if any
     */
    Optional<UserId> holdExisting(List<UserId> users);

    /** Current cards of those of the users who exist, in one call. */
    Map<UserId, UserCard> cardsOf(Collection<UserId> users);
}
