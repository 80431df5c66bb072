package io.hichat.group.application.port.out;

import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

/**
 * Serializes the writes about one user's place in one group: whatever depends on it (a membership, a pending join
 * request) takes this lock first, in the transaction that decides and writes, and holds it until that transaction
 * ends.
 */
public interface LockMembershipPort {

    void lockMembership(GroupId group, UserId user);
}
