package io.hichat.friendship.application.port.in;

public interface HandleFriendRequestUseCase {

    /**
     * @throws io.hichat.friendship.domain.FriendRequestNotFound if there is no such request
     * @throws io.hichat.friendship.domain.NotAllowedToHandle if the user may not take this decision
     * @throws io.hichat.friendship.domain.FriendRequestAlreadyHandled if the request is no longer pending
     */
    void handle(HandleFriendRequestCommand command);
}
