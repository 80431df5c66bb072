package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.CreateGroupUseCase;
import io.hichat.group.application.port.in.HandleJoinRequestCommand;
import io.hichat.group.application.port.in.HandleJoinRequestUseCase;
import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.JoinGroupUseCase;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.group.domain.UserId;
import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.WebUrl;

/**
 * The group module with identity, its one dependency, and nothing else: approving a join
 * request publishes {@link GroupJoinRequestApproved}, and that event is what makes the member.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GroupModuleTests {

    private static long nextUser = 3_000_000_000L + System.nanoTime() % 1_000_000_000L;

    @Autowired
    CreateGroupUseCase createGroup;
    @Autowired
    JoinGroupUseCase joinGroup;
    @Autowired
    HandleJoinRequestUseCase handle;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    SaveMembershipPort memberships;

    UserId creator;
    UserId applicant;
    GroupId group;
    JoinRequestId request;

    @BeforeEach
    void someoneAsksToJoin() {
        creator = new UserId(nextUser++);
        applicant = new UserId(nextUser++);
        group = createGroup.create(new CreateGroupCommand(creator, new GroupName("rust开发交流群"), WebUrl.NONE));
        joinGroup.join(new JoinGroupCommand(applicant, group, RequestMessage.of("hi"), JoinSource.APPLIED, null));
        request = new JoinRequestId(jdbc.queryForObject(
                "select id from groups.join_requests where group_id = ? and applicant_id = ?", Long.class,
                group.value(), applicant.value()));
    }

    private int membershipsOfApplicant() {
        return jdbc.queryForObject("select count(*) from groups.members where group_id = ? and user_id = ?",
                Integer.class, group.value(), applicant.value());
    }

    private int resultOfRequest() {
        return jdbc.queryForObject("select handle_result from groups.join_requests where id = ?", Integer.class,
                request.value());
    }

    @Test
    void approvingPublishesGroupJoinRequestApprovedAndTheMemberExistsWhenTheCallReturns(Scenario scenario) {
        scenario.stimulate(() -> handle.handle(new HandleJoinRequestCommand(creator, request, group,
                JoinResult.APPROVED)))
                .andWaitForEventOfType(GroupJoinRequestApproved.class)
                .matching(approved -> approved.joinRequestId() == request.value())
                .toArriveAndVerify(approved -> {
                    assertThat(approved.groupId()).isEqualTo(group.value());
                    assertThat(approved.userId()).isEqualTo(applicant.value());
                    assertThat(approved.inviterId()).isEqualTo(applicant.value());
                    assertThat(membershipsOfApplicant()).isEqualTo(1);
                });
    }

    @Test
    void aPublishedApprovalMakesTheMember(Scenario scenario) {
        scenario.publish(new GroupJoinRequestApproved(request.value(), group.value(), applicant.value(),
                applicant.value(), Instant.now().getEpochSecond()))
                .andWaitForStateChange(this::membershipsOfApplicant, memberships -> memberships == 1)
                .andVerify(memberships -> assertThat(memberships).isEqualTo(1));
    }

    @Test
    void theSameApprovalDeliveredTwiceLeavesOneMembership(Scenario scenario) {
        GroupJoinRequestApproved approved = new GroupJoinRequestApproved(request.value(), group.value(),
                applicant.value(), applicant.value(), Instant.now().getEpochSecond());
        scenario.publish(approved).andWaitForStateChange(this::membershipsOfApplicant, count -> count == 1);

        scenario.publish(approved)
                .andWaitForStateChange(this::membershipsOfApplicant)
                .andVerify(memberships -> assertThat(memberships).isEqualTo(1));
    }

    /**
     * The listener runs in the publishing transaction: when it fails, the approval fails with it and the request
     * stays pending, rather than leaving an approved request without a member.
     */
    @Test
    void whenTheListenerFailsTheApprovalIsUndone() {
        doThrow(new DataIntegrityViolationException("simulated failure")).when(memberships).addIfAbsent(any());

        assertThatThrownBy(() -> handle.handle(new HandleJoinRequestCommand(creator, request, group,
                JoinResult.APPROVED))).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(resultOfRequest()).isEqualTo(JoinResult.PENDING.code());
        assertThat(membershipsOfApplicant()).isZero();
    }
}
