package io.hichat.friendship.application.port.in;

public interface UnblockUserUseCase {

    /**
     * Lifts the block, if there is one; the friendship it ended does not come back.
     *
     * @throws io.hichat.friendship.domain.InvalidFriendRequest to unblock oneself
     * @throws io.hichat.shared.domain.UserNotFound if the other user does not exist
     */
    void unblock(PairCommand command);
}
