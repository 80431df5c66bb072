package io.hichat.friendship.application.port.in;

import io.hichat.shared.domain.UserId;

public interface ForgetDeletedUserUseCase {

    /**
     * Removes what friendship keeps of a deleted account: its friendships (each ended, and said so), the friend
     * requests it sent or received, and the blocks it placed or was under. Repeating it finds nothing and changes
     * nothing.
     */
    void forgetDeletedUser(UserId user);
}
