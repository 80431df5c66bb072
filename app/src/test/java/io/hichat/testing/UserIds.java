package io.hichat.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.hichat.shared.domain.UserId;

/**
 * User ids for the repository tests of the contexts that refer to users by id only (friendship, group): no account
 * stands behind them, and no two calls in a run give the same one.
 */
public final class UserIds {

    private static final AtomicLong NEXT_USER = new AtomicLong(
            1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private UserIds() {
    }

    public static UserId aUser() {
        return new UserId(NEXT_USER.getAndIncrement());
    }
}
