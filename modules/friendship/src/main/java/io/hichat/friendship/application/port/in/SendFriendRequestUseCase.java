package io.hichat.friendship.application.port.in;

import io.hichat.friendship.domain.Asking;

public interface SendFriendRequestUseCase {

    /**
     * Asks the recipient to be friends, unless nothing needs to happen: they are friends already, or the applicant
     * asked already. If the recipient had asked the applicant, both want it: the friendship is made at once.
     *
     * @throws io.hichat.shared.domain.UserNotFound if the recipient does not exist
     * @throws io.hichat.friendship.domain.InvalidFriendRequest if applicant and recipient are the same user
     * @throws io.hichat.friendship.domain.BlockedByRecipient if the recipient blocked the applicant
     * @throws io.hichat.friendship.domain.RecipientBlocked if the applicant blocked the recipient
     */
    Asking.Outcome send(SendFriendRequestCommand command);
}
