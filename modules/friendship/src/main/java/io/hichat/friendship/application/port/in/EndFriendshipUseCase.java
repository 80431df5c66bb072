package io.hichat.friendship.application.port.in;

public interface EndFriendshipUseCase {

    /** Ends the friendship for both users; if they are not friends, nothing changes. */
    void endFriendship(PairCommand command);
}
