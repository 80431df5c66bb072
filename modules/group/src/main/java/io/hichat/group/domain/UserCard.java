package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the group context shows of a user, read from identity when a list is answered and never stored here.
 *
 * @param sex 0 unknown, 1 male, 2 female
 */
@ValueObject
public record UserCard(UserId id, String nickname, int sex, String avatar, String introduction) {

    /** For a user identity no longer knows: the id, and nothing else. */
    public static UserCard unknown(UserId id) {
        return new UserCard(id, "", 0, "", "");
    }
}
