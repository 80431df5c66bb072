package io.hichat.friendship.application.port.in;

public interface SetRemarkUseCase {

    /**
     * Names a friend in the user's own list; the friend's list is untouched.
     *
     * @throws io.hichat.friendship.domain.NotAFriend if the friend is not in the user's list
     */
    void setRemark(SetRemarkCommand command);
}
