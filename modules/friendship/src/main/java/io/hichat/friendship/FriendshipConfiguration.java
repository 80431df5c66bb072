package io.hichat.friendship;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.HandleFriendRequestService;
import io.hichat.friendship.application.ListFriendRequestsService;
import io.hichat.friendship.application.ListFriendsService;
import io.hichat.friendship.application.MakeFriendsService;
import io.hichat.friendship.application.SendFriendRequestService;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;

/** Wires the friendship use cases to their ports. */
@Configuration(proxyBeanMethods = false)
class FriendshipConfiguration {

    @Bean
    SendFriendRequestService sendFriendRequestService(LoadUserProfilesPort users, LockFriendPairPort pairs,
            LoadFriendsPort friends, LoadFriendRequestPort loadRequests, SaveFriendRequestPort saveRequests,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new SendFriendRequestService(users, pairs, friends, loadRequests, saveRequests, events, transactions,
                clock);
    }

    @Bean
    HandleFriendRequestService handleFriendRequestService(LoadFriendRequestPort loadRequests,
            LockFriendPairPort pairs, SaveFriendRequestPort saveRequests, DomainEventPublisher events,
            TransactionOperations transactions, Clock clock) {
        return new HandleFriendRequestService(loadRequests, pairs, saveRequests, events, transactions, clock);
    }

    @Bean
    MakeFriendsService makeFriendsService(SaveFriendsPort friends) {
        return new MakeFriendsService(friends);
    }

    @Bean
    ListFriendRequestsService listFriendRequestsService(LoadFriendRequestPort requests) {
        return new ListFriendRequestsService(requests);
    }

    @Bean
    ListFriendsService listFriendsService(LoadFriendsPort friends, LoadUserProfilesPort users) {
        return new ListFriendsService(friends, users);
    }
}
