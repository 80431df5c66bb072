package io.hichat.group.application.port.in;

import java.util.Optional;

import io.hichat.group.domain.InvitationId;

public interface InviteToGroupUseCase {

    /**
     * A member invites a user, who becomes a member only by accepting. A second invitation while one is pending
     * changes nothing. A user who is a member already, or whose own request to join is pending, needs no
     * invitation: nothing is recorded, and an admin's invitation approves the pending request.
     *
     * @return the pending invitation, new or the one there was; empty where none was needed
     * @throws io.hichat.group.domain.GroupNotFound if there is no such group
     * @throws io.hichat.shared.domain.UserNotFound if the invitee does not exist
     * @throws io.hichat.group.domain.NotAllowedInGroup if the inviter is not a member, or the invitee blocked them
     */
    Optional<InvitationId> invite(InviteToGroupCommand command);
}
