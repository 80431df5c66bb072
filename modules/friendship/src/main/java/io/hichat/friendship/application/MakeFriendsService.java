package io.hichat.friendship.application;

import lombok.RequiredArgsConstructor;

import io.hichat.friendship.application.port.in.MakeFriendsCommand;
import io.hichat.friendship.application.port.in.MakeFriendsUseCase;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.Friendship;

@RequiredArgsConstructor
public final class MakeFriendsService implements MakeFriendsUseCase {

    private final SaveFriendsPort friends;

    @Override
    public void makeFriends(MakeFriendsCommand command) {
        friends.add(Friendship.begin(command.request(), command.applicant(), command.recipient(),
                command.acceptedAt()));
    }
}
