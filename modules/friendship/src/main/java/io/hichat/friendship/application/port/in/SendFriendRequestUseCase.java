package io.hichat.friendship.application.port.in;

public interface SendFriendRequestUseCase {

    /**
     * Asks the recipient to be friends, unless nothing needs to happen: they are friends already, or the applicant
     * asked already. If the recipient had asked the applicant, both want it: the friendship is made at once.
     *
     * @throws io.hichat.friendship.domain.UserNotFound if the recipient does not exist
     * @throws io.hichat.friendship.domain.InvalidFriendRequest if applicant and recipient are the same user
     */
    Outcome send(SendFriendRequestCommand command);

    enum Outcome {
        REQUESTED, ALREADY_REQUESTED, ALREADY_FRIENDS, BEFRIENDED
    }
}
