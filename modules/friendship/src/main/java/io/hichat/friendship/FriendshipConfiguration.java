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
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LoadUserCardsPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.shared.domain.DomainEventPublisher;

/** Wires the friendship use cases to their ports. */
@Configuration(proxyBeanMethods = false)
class FriendshipConfiguration {

    @Bean
    SendFriendRequestService sendFriendRequestService(HoldUsersPort users, LockFriendPairPort pairs,
            LoadPairStandingPort standings, SaveFriendRequestPort requests, DomainEventPublisher events,
            TransactionOperations transactions, Clock clock) {
        return new SendFriendRequestService(users, pairs, standings, requests, events, transactions, clock);
    }

    @Bean
    HandleFriendRequestService handleFriendRequestService(LoadFriendRequestPort loadRequests,
            SaveFriendRequestPort saveRequests, LockFriendPairPort pairs, HoldUsersPort users,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new HandleFriendRequestService(loadRequests, saveRequests, pairs, users, events, transactions, clock);
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
    ListFriendsService listFriendsService(LoadFriendsPort friends, LoadUserCardsPort users) {
        return new ListFriendsService(friends, users);
    }

    @Bean
    SetRemarkService setRemarkService(SaveFriendsPort friends) {
        return new SetRemarkService(friends);
    }

    @Bean
    EndFriendshipService endFriendshipService(LockFriendPairPort pairs, LoadPairStandingPort standings,
            SaveFriendsPort friends, DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new EndFriendshipService(pairs, standings, friends, events, transactions, clock);
    }

    @Bean
    BlockUserService blockUserService(HoldUsersPort users, LockFriendPairPort pairs, LoadPairStandingPort standings,
            SaveBlocksPort blocks, SaveFriendsPort friends, SaveFriendRequestPort requests,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new BlockUserService(users, pairs, standings, blocks, friends, requests, events, transactions, clock);
    }

    @Bean
    UnblockUserService unblockUserService(HoldUsersPort users, LockFriendPairPort pairs,
            LoadPairStandingPort standings, SaveBlocksPort blocks, DomainEventPublisher events,
            TransactionOperations transactions, Clock clock) {
        return new UnblockUserService(users, pairs, standings, blocks, events, transactions, clock);
    }

    @Bean
    ListBlockedUsersService listBlockedUsersService(LoadBlocksPort blocks, LoadUserCardsPort users) {
        return new ListBlockedUsersService(blocks, users);
    }

    @Bean
    ForgetDeletedUserService forgetDeletedUserService(SaveFriendsPort friends, SaveFriendRequestPort requests,
            SaveBlocksPort blocks, DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new ForgetDeletedUserService(friends, requests, blocks, events, transactions, clock);
    }
}
