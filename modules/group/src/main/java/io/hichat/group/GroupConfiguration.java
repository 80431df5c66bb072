package io.hichat.group;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

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
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveMembershipPort;

/**
 * Declares the group use cases. The application layer carries no Spring stereotype, so its services are listed
 * here, and each one's constructor says which ports it needs; a service built from settings gets a method.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ListMyGroupsService.class, JoinGroupService.class, HandleJoinRequestService.class, AddMemberService.class,
        AdministerGroupService.class, ViewGroupService.class, ListJoinRequestsService.class, ListMembersService.class,
        ForgetDeletedMemberService.class })
class GroupConfiguration {

    @Bean
    CreateGroupService createGroupService(HoldUsersPort users, SaveGroupPort groups,
            SaveMembershipPort memberships, GroupProperties properties, Clock clock) {
        return new CreateGroupService(users, groups, memberships, properties.maxMembers(), clock);
    }
}
