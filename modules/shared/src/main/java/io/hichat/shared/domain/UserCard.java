package io.hichat.shared.domain;

import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What other users see of a user: the one projection of a profile that every context shows, read from identity when
 * an answer is written and never stored outside it.
 *
 * @param avatar a web URL, or empty
 * @param introduction empty when the user wrote none
 */
@ValueObject
public record UserCard(UserId id, String nickname, Sex sex, String avatar, String introduction) {

    /** The card of {@code user} among those read, or an empty one for a user identity no longer knows. */
    public static UserCard of(UserId user, Map<UserId, UserCard> read) {
        UserCard card = read.get(user);
        return card != null ? card : unknown(user);
    }

    /** For a user identity no longer knows: the id, and nothing else. */
    public static UserCard unknown(UserId id) {
        return new UserCard(id, "", Sex.UNKNOWN, "", "");
    }
}
