package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

import io.hichat.shared.domain.UserId;

/** Two different users in no particular order: the pair a friendship is between. The smaller id comes first. */
@ValueObject
public record UserPair(UserId low, UserId high) {

    public UserPair {
        if (low.value() >= high.value()) {
            throw new InvalidFriendRequest("a pair is of two different users, the smaller id first");
        }
    }

    public static UserPair of(UserId one, UserId other) {
        if (one.equals(other)) {
            throw new InvalidFriendRequest("a friendship is between two users");
        }
        return one.value() < other.value() ? new UserPair(one, other) : new UserPair(other, one);
    }

    public boolean contains(UserId user) {
        return low.equals(user) || high.equals(user);
    }

    /** The user of the pair who is not {@code user}, one of the two. */
    public UserId otherThan(UserId user) {
        return low.equals(user) ? high : low;
    }
}
