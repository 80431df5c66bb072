package io.hichat.group.application.port.in;

public interface InviteToGroupUseCase {

    /**
     * A member invites a user: invited by the creator or a manager, the user is a member at once; by a plain member,
     * a request naming that member waits for an admin. A user who is a member already changes nothing.
     *
     * @throws io.hichat.group.domain.GroupNotFound if there is no such group
     * @throws io.hichat.shared.domain.UserNotFound if the invitee does not exist
     * @throws io.hichat.group.domain.NotAllowedInGroup if the inviter is not a member
     */
    void invite(InviteToGroupCommand command);
}
