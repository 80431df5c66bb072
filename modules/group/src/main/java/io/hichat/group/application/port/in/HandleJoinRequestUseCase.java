package io.hichat.group.application.port.in;

public interface HandleJoinRequestUseCase {

    /**
     * @throws io.hichat.group.domain.JoinRequestNotFound if there is no such request
     * @throws io.hichat.group.domain.InvalidGroupRequest if the request is not of the group given
     * @throws io.hichat.group.domain.NotAllowedInGroup if the user is not the group's creator or a manager
     * @throws io.hichat.group.domain.JoinRequestAlreadyHandled if the request is no longer pending
     */
    void handle(HandleJoinRequestCommand command);
}
