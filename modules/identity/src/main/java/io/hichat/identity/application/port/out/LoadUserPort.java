package io.hichat.identity.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

public interface LoadUserPort {

    Optional<User> findById(UserId id);

    /** The user, whose row no other transaction may change until this one ends. */
    Optional<User> findByIdForUpdate(UserId id);

    Optional<User> findByPhone(PhoneNumber phone);

    /**
     * What others see of those of the given users who exist, in one query: only the card's columns, for the lists
     * of other contexts.
     */
    List<UserCard> findCards(Collection<UserId> ids);

    boolean existsById(UserId id);

    /** The ids of those of the users who exist, their rows share-locked (FOR KEY SHARE) until the transaction ends. */
    Set<UserId> holdExisting(Collection<UserId> ids);

    boolean existsByPhone(PhoneNumber phone);
}
