package io.hichat.friendship.application.port.out;

import java.util.Collection;
import java.util.Map;

import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

/** What the friend and block lists show of users, read from the context that owns them. */
public interface LoadUserCardsPort {

    /** The current cards of those of the users who exist, in one call. */
    Map<UserId, UserCard> cardsOf(Collection<UserId> users);
}
