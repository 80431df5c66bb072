package io.hichat.friendship.application;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.SetRemarkCommand;
import io.hichat.friendship.application.port.in.SetRemarkUseCase;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.NotAFriend;

/** One update of the user's own entry, which finds the friend or not: no lock, nothing else to decide on. */
@RequiredArgsConstructor
public final class SetRemarkService implements SetRemarkUseCase {

    private final SaveFriendsPort friends;

    @Override
    public void setRemark(SetRemarkCommand command) {
        if (!friends.setRemark(command.user(), command.friend(), command.remark().orElse(null))) {
            throw new NotAFriend(command.friend());
        }
    }
}
