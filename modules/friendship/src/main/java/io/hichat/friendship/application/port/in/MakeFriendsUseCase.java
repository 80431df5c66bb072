package io.hichat.friendship.application.port.in;

public interface MakeFriendsUseCase {

    /** Adds each user to the other's friend list; running it again for the same request changes nothing. */
    void makeFriends(MakeFriendsCommand command);
}
