package io.hichat.group;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.AddMemberService;
import io.hichat.group.application.AdministerGroupService;
import io.hichat.group.application.CreateGroupService;
import io.hichat.group.application.ForgetDeletedMemberService;
import io.hichat.group.application.HandleJoinRequestService;
import io.hichat.group.application.JoinGroupService;
import io.hichat.group.application.ListJoinRequestsService;
import io.hichat.group.application.ListMembersService;
import io.hichat.group.application.ListMyGroupsService;
import io.hichat.group.application.ViewGroupService;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.shared.domain.DomainEventPublisher;

/** Wires the group use cases to their ports. */
@Configuration(proxyBeanMethods = false)
class GroupConfiguration {

    @Bean
    CreateGroupService createGroupService(HoldUsersPort users, SaveGroupPort groups,
            SaveMembershipPort memberships, TransactionOperations transactions, GroupProperties properties,
            Clock clock) {
        return new CreateGroupService(users, groups, memberships, transactions, properties.maxMembers(), clock);
    }

    @Bean
    ListMyGroupsService listMyGroupsService(LoadGroupPort groups) {
        return new ListMyGroupsService(groups);
    }

    @Bean
    JoinGroupService joinGroupService(HoldUsersPort users, LoadGroupPort groups, LockMembershipPort locks,
            LoadMembershipPort memberships, LoadJoinRequestPort loadRequests, SaveJoinRequestPort saveRequests,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new JoinGroupService(users, groups, locks, memberships, loadRequests, saveRequests, events,
                transactions, clock);
    }

    @Bean
    HandleJoinRequestService handleJoinRequestService(LoadGroupPort groups, LoadJoinRequestPort loadRequests,
            LockMembershipPort locks, SaveJoinRequestPort saveRequests, LoadMembershipPort memberships,
            DomainEventPublisher events, TransactionOperations transactions, Clock clock) {
        return new HandleJoinRequestService(groups, loadRequests, locks, saveRequests, memberships, events,
                transactions, clock);
    }

    @Bean
    AddMemberService addMemberService(LoadGroupPort groups, LoadMembershipPort loadMemberships,
            SaveMembershipPort saveMemberships, DomainEventPublisher events) {
        return new AddMemberService(groups, loadMemberships, saveMemberships, events);
    }

    @Bean
    AdministerGroupService administerGroupService(LoadGroupPort loadGroups, SaveGroupPort saveGroups,
            LoadMembershipPort loadMemberships, SaveMembershipPort saveMemberships, DomainEventPublisher events,
            TransactionOperations transactions, Clock clock) {
        return new AdministerGroupService(loadGroups, saveGroups, loadMemberships, saveMemberships, events,
                transactions, clock);
    }

    @Bean
    ViewGroupService viewGroupService(LoadGroupPort groups, LoadMembershipPort memberships) {
        return new ViewGroupService(groups, memberships);
    }

    @Bean
    ListJoinRequestsService listJoinRequestsService(LoadJoinRequestPort requests, LoadGroupPort groups,
            LoadMembershipPort memberships, LoadUserCardsPort users) {
        return new ListJoinRequestsService(requests, groups, memberships, users);
    }

    @Bean
    ListMembersService listMembersService(LoadGroupPort groups, LoadMembershipPort memberships,
            LoadUserCardsPort users) {
        return new ListMembersService(groups, memberships, users);
    }

    @Bean
    ForgetDeletedMemberService forgetDeletedMemberService(LoadGroupPort loadGroups, SaveGroupPort saveGroups,
            LoadMembershipPort loadMemberships, SaveMembershipPort saveMemberships, LoadJoinRequestPort loadRequests,
            SaveJoinRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
            Clock clock) {
        return new ForgetDeletedMemberService(loadGroups, saveGroups, loadMemberships, saveMemberships, loadRequests,
                saveRequests, events, transactions, clock);
    }
}
