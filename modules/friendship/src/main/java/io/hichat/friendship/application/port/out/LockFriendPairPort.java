package io.hichat.friendship.application.port.out;

import io.hichat.shared.domain.UserId;

/**
 * Serializes the writes between two users: whatever depends on what stands between them (friends, a pending
 * request) takes this lock first, in the transaction that decides and writes, and holds it until that transaction
 * ends. Either order of the two users names the same lock.
 */
public interface LockFriendPairPort {

    void lockPair(UserId one, UserId other);
}
