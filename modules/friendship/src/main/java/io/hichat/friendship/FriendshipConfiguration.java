package io.hichat.friendship;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.friendship.application.BlockUserService;
import io.hichat.friendship.application.EndFriendshipService;
import io.hichat.friendship.application.ForgetDeletedUserService;
import io.hichat.friendship.application.HandleFriendRequestService;
import io.hichat.friendship.application.ListBlockedUsersService;
import io.hichat.friendship.application.ListFriendRequestsService;
import io.hichat.friendship.application.ListFriendsService;
import io.hichat.friendship.application.MakeFriendsService;
import io.hichat.friendship.application.SendFriendRequestService;
import io.hichat.friendship.application.SetRemarkService;
import io.hichat.friendship.application.UnblockUserService;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadUserProfilesPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;

/** Wires the friendship use cases to their ports. */
@Configuration(proxyBeanMethods = false)
class FriendshipConfiguration {

    @Bean
    SendFriendRequestService sendFriendRequestService(LoadUserProfilesPort users, LockFriendPairPort pairs,
            LoadFriendsPort friends, LoadBlocksPort blocks, LoadFriendRequestPort loadRequests,
            SaveFriendRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
            Clock clock) {
        return new SendFriendRequestService(users, pairs, friends, blocks, loadRequests, saveRequests, events,
                transactions, clock);
    }

    @Bean
    HandleFriendRequestService handleFriendRequestService(LoadFriendRequestPort loadRequests,
            LockFriendPairPort pairs, LoadUserProfilesPort users, SaveFriendRequestPort saveRequests,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new HandleFriendRequestService(loadRequests, pairs, users, saveRequests, events, transactions,
                clock);
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

    @Bean
    SetRemarkService setRemarkService(SaveFriendsPort friends) {
        return new SetRemarkService(friends);
    }

    @Bean
    EndFriendshipService endFriendshipService(LockFriendPairPort pairs, SaveFriendsPort friends,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new EndFriendshipService(pairs, friends, events, transactions, clock);
    }

    @Bean
    BlockUserService blockUserService(LoadUserProfilesPort users, LockFriendPairPort pairs, LoadBlocksPort loadBlocks,
            SaveBlocksPort saveBlocks, SaveFriendsPort friends, LoadFriendRequestPort loadRequests,
            SaveFriendRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
            Clock clock) {
        return new BlockUserService(users, pairs, loadBlocks, saveBlocks, friends, loadRequests, saveRequests, events,
                transactions, clock);
    }

    @Bean
    UnblockUserService unblockUserService(LoadUserProfilesPort users, LockFriendPairPort pairs,
            SaveBlocksPort blocks, DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new UnblockUserService(users, pairs, blocks, events, transactions, clock);
    }

    @Bean
    ListBlockedUsersService listBlockedUsersService(LoadBlocksPort blocks, LoadUserProfilesPort users) {
        return new ListBlockedUsersService(blocks, users);
    }

    @Bean
    ForgetDeletedUserService forgetDeletedUserService(SaveFriendsPort friends, SaveFriendRequestPort requests,
            SaveBlocksPort blocks, DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new ForgetDeletedUserService(friends, requests, blocks, events, transactions, clock);
    }
}
