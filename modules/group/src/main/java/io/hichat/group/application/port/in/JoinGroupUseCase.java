package io.hichat.group.application.port.in;

public interface JoinGroupUseCase {

    /**
     * Asks to join. A member, or a user whose request is pending, changes nothing; a group that needs no
     * verification admits at once; otherwise the request waits for an admin.
     *
     * @throws io.hichat.group.domain.GroupNotFound if there is no such group
     */
    void join(JoinGroupCommand command);
}
