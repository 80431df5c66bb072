package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.UserId;

/**
 * One entry of a user's friend list: one direction of a friendship.
 *
 * @param id the entry's number, as the list shows it
 * @param remark the name the user gave this friend, or {@code null} for the friend's own nickname
 */
@ValueObject
public record Friend(long id, UserId user, UserId friend, @Nullable String remark) {

    /** The name the user's list shows the friend by: the remark, else the friend's own nickname. */
    public String shownAs(String nickname) {
        return remark != null ? remark : nickname;
    }
}
