package io.hichat.group;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.hichat.group.application.AddMemberService;
import io.hichat.group.application.AdministerGroupService;
import io.hichat.group.application.AnswerInvitationService;
import io.hichat.group.application.CreateGroupService;
import io.hichat.group.application.ExpireInvitationsService;
import io.hichat.group.application.ForgetDeletedMemberService;
import io.hichat.group.application.HandleJoinRequestService;
import io.hichat.group.application.InviteToGroupService;
import io.hichat.group.application.JoinGroupService;
import io.hichat.group.application.ListChangesService;
import io.hichat.group.application.ListInvitationsService;
import io.hichat.group.application.ListJoinRequestsService;
import io.hichat.group.application.ListMembersService;
import io.hichat.group.application.ListMyGroupsService;
import io.hichat.group.application.ViewGroupService;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.ListChangesPort;
import io.hichat.group.application.port.out.LoadBlocksPort;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Declares the group use cases. The application layer carries no Spring stereotype, so its services are listed
 * here, and each one's constructor says which ports it needs; a service built from settings gets a method.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ListMyGroupsService.class, JoinGroupService.class, HandleJoinRequestService.class, AddMemberService.class,
        AdministerGroupService.class, ViewGroupService.class, ListJoinRequestsService.class, ListMembersService.class,
        ForgetDeletedMemberService.class, AnswerInvitationService.class, ListInvitationsService.class,
        ExpireInvitationsService.class })
class GroupConfiguration {

    @Bean
    ListChangesService groupListChangesService(ListChangesPort changes,
            @Value("${hichat.sync.removals-kept}") Duration removalsKept, Clock clock) {
        return new ListChangesService(changes, removalsKept, clock);
    }

    @Bean
    CreateGroupService createGroupService(HoldUsersPort users, SaveGroupPort groups,
            SaveMembershipPort memberships, DomainEventPublisher events, GroupProperties properties, Clock clock) {
        return new CreateGroupService(users, groups, memberships, events, properties.maxMembers(), clock);
    }

    @Bean
    InviteToGroupService inviteToGroupService(HoldUsersPort users, LoadGroupPort groups, LockMembershipPort locks,
            LoadMembershipPort memberships, LoadBlocksPort blocks, LoadJoinRequestPort loadRequests,
            SaveJoinRequestPort saveRequests, LoadInvitationPort loadInvitations, SaveInvitationPort saveInvitations,
            DomainEventPublisher events, GroupProperties properties, Clock clock) {
        return new InviteToGroupService(users, groups, locks, memberships, blocks, loadRequests, saveRequests,
                loadInvitations, saveInvitations, events, properties.invitationTtl(), clock);
    }
}
