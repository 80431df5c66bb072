package io.hichat.friendship.adapter.in.event;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.hichat.friendship.application.port.in.MakeFriendsCommand;
import io.hichat.friendship.application.port.in.MakeFriendsUseCase;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.shared.domain.UserId;

/**
 * An accepted request makes the two friend entries. It runs in the publishing transaction, so the acceptance and
 * the entries commit together and the next friend list after the 200 shows the friend; making the same friends
 * twice changes nothing.
 */
@Component
record FriendRequestAcceptedListener(MakeFriendsUseCase makeFriends) {

    static final String ID = "friendship.make-friends-on-friend-request-accepted";

    @EventListener(id = ID)
    void on(FriendRequestAccepted accepted) {
        makeFriends.makeFriends(new MakeFriendsCommand(new FriendRequestId(accepted.friendRequestId()),
                new UserId(accepted.applicantId()), new UserId(accepted.recipientId()),
                Instant.ofEpochSecond(accepted.occurredAt())));
    }
}
