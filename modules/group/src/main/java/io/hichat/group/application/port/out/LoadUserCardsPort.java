package io.hichat.group.application.port.out;

import java.util.Collection;
import java.util.Map;

import io.hichat.group.domain.UserCard;
import io.hichat.group.domain.UserId;

/** Users as the group context shows them, from the context that owns them. */
public interface LoadUserCardsPort {

    boolean exists(UserId user);

    /** Current cards of those of the users who exist, in one call. */
    Map<UserId, UserCard> cardsOf(Collection<UserId> users);
}
