package io.hichat.friendship.application;

import io.hichat.friendship.application.port.in.MakeFriendsCommand;
import io.hichat.friendship.application.port.in.MakeFriendsUseCase;
import io.hichat.friendship.application.port.out.SaveFriendsPort;

public record MakeFriendsService(SaveFriendsPort friends) implements MakeFriendsUseCase {

    @Override
    public void makeFriends(MakeFriendsCommand command) {
        friends.addBothDirections(command.request(), command.applicant(), command.recipient(), command.acceptedAt());
    }
}
