package io.hichat.group.application.port.in;

public interface AnswerInvitationUseCase {

    /**
     * The invitee accepts or declines, or the inviter cancels. An acceptance that admits does so in the same
     * transaction, under the group's size limit.
     *
     * @throws io.hichat.group.domain.InvitationNotFound if there is no such invitation
     * @throws io.hichat.group.domain.NotAllowedInGroup if the user may not give that answer
     * @throws io.hichat.group.domain.InvitationNotPending if it was answered, cancelled or has expired
     * @throws io.hichat.group.domain.GroupFull if accepting would admit past the group's size limit
     */
    void answer(AnswerInvitationCommand command);
}
