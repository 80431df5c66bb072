package io.hichat.friendship;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.hichat.friendship.application.BlockListService;
import io.hichat.friendship.application.BlockUserService;
import io.hichat.friendship.application.EndFriendshipService;
import io.hichat.friendship.application.ForgetDeletedUserService;
import io.hichat.friendship.application.HandleFriendRequestService;
import io.hichat.friendship.application.ListBlockedUsersService;
import io.hichat.friendship.application.ListChangesService;
import io.hichat.friendship.application.ListFriendRequestsService;
import io.hichat.friendship.application.ListFriendsService;
import io.hichat.friendship.application.MakeFriendsService;
import io.hichat.friendship.application.SendFriendRequestService;
import io.hichat.friendship.application.SetRemarkService;
import io.hichat.friendship.application.port.out.ListChangesPort;

/**
 * Declares the friendship use cases. The application layer carries no Spring stereotype, so its services are listed
 * here, and each one's constructor says which ports it needs.
 */
@Configuration(proxyBeanMethods = false)
@Import({ SendFriendRequestService.class, HandleFriendRequestService.class, MakeFriendsService.class,
        ListFriendRequestsService.class, ListFriendsService.class, SetRemarkService.class, EndFriendshipService.class,
        BlockUserService.class, ListBlockedUsersService.class,
        BlockListService.class, ForgetDeletedUserService.class })
class FriendshipConfiguration {

    @Bean
    ListChangesService friendshipListChangesService(ListChangesPort changes,
            @Value("${hichat.sync.removals-kept}") Duration removalsKept, Clock clock) {
        return new ListChangesService(changes, removalsKept, clock);
    }
}
