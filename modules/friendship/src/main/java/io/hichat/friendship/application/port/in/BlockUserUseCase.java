package io.hichat.friendship.application.port.in;

public interface BlockUserUseCase {

    /**
     * Blocks the other user: ends their friendship, cancels the pending requests between them and records the block,
     * as one change. Blocking again changes nothing.
     *
     * @throws io.hichat.friendship.domain.InvalidFriendRequest to block oneself
     * @throws io.hichat.shared.domain.UserNotFound if the other user does not exist
     */
    void block(PairCommand command);
}
