package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
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
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.events.UserDeleted;
import io.hichat.platform.events.FailedPublicationsResubmission;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import io.hichat.testing.Accounts;

/**
 * The group module with its dependencies, identity and friendship, and nothing else: approving a join
 * request publishes {@link GroupJoinRequestApproved}, and that event is what makes the member; identity's
 * {@link UserDeleted} makes group forget the user, after the deletion commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
// The readiness group names the broker's health, which the platform holds and a module test does not bootstrap.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@Import(GroupModuleTests.Heard.class)
class GroupModuleTests {

    /** The group events heard, from whichever thread published them: the listeners of UserDeleted run apart. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener({ GroupMemberLeft.class, GroupOwnershipTransferred.class, GroupDismissed.class })
        void on(Object event) {
            events.add(event);
        }

        List<String> of(GroupId group) {
            return events.stream().filter(event -> groupOf(event) == group.value())
                    .map(event -> event.getClass().getSimpleName()).toList();
        }

        private static long groupOf(Object event) {
            if (event instanceof GroupMemberLeft left) {
                return left.groupId();
            }
            if (event instanceof GroupOwnershipTransferred transferred) {
                return transferred.groupId();
            }
            return ((GroupDismissed) event).groupId();
        }
    }

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
    @Autowired
    RegisterUserUseCase register;
    @Autowired
    FailedPublicationsResubmission resubmission;
    @Autowired
    Heard heard;

    UserId creator;
    UserId applicant;
    GroupId group;
    JoinRequestId request;

    @BeforeEach
    void someoneAsksToJoin() {
        creator = Accounts.registerThrough(register);
        applicant = Accounts.registerThrough(register);
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
        scenario.publish(new GroupJoinRequestApproved(UUID.randomUUID(), Instant.now().getEpochSecond(),
                request.value(), group.value(), applicant.value(), applicant.value()))
                .andWaitForStateChange(this::membershipsOfApplicant, memberships -> memberships == 1)
                .andVerify(memberships -> assertThat(memberships).isEqualTo(1));
    }

    @Test
    void theSameApprovalDeliveredTwiceLeavesOneMembership(Scenario scenario) {
        GroupJoinRequestApproved approved = new GroupJoinRequestApproved(UUID.randomUUID(),
                Instant.now().getEpochSecond(), request.value(), group.value(), applicant.value(), applicant.value());
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

        assertThat(resultOfRequest()).as("pending").isZero();
        assertThat(membershipsOfApplicant()).isZero();
    }

    private long creatorOfGroup() {
        return jdbc.query("select creator_id from groups.chat_groups where id = ?",
                rows -> rows.next() ? rows.getLong(1) : 0L, group.value());
    }

    private int roleOf(UserId user) {
        return jdbc.query("select role_level from groups.members where group_id = ? and user_id = ?",
                rows -> rows.next() ? rows.getInt(1) : -1, group.value(), user.value());
    }

    private String publicationOf(UserDeleted deleted) {
        return jdbc.query("select status from modulith.event_publication where listener_id = ? and "
                + "serialized_event like ?", rows -> rows.next() ? String.valueOf(rows.getString(1)) : "none",
                "group.forget-deleted-member", "%" + deleted.eventId() + "%");
    }

    private UserDeleted deletionOf(UserId user) {
        return new UserDeleted(UUID.randomUUID(), Instant.now().getEpochSecond(), user.value());
    }

    private void admitTheApplicant() {
        handle.handle(new HandleJoinRequestCommand(creator, request, group, JoinResult.APPROVED));
    }

    @Test
    void aDeletedCreatorsGroupPassesToItsLongestStandingMemberAndSaysSo(Scenario scenario) {
        admitTheApplicant();

        scenario.publish(deletionOf(creator))
                .andWaitForStateChange(this::creatorOfGroup, creatorId -> creatorId == applicant.value())
                .andVerify(creatorId -> {
                    assertThat(roleOf(applicant)).isEqualTo(2);
                    assertThat(roleOf(creator)).isEqualTo(-1);
                    assertThat(heard.of(group)).containsExactly("GroupMemberLeft", "GroupOwnershipTransferred");
                });
    }

    @Test
    void aDeletedApplicantsRequestGoesAndALoneCreatorsGroupIsDismissed(Scenario scenario) {
        scenario.publish(deletionOf(applicant))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from groups.join_requests where applicant_id = ?", Integer.class,
                        applicant.value()), requests -> requests == 0);

        scenario.publish(deletionOf(creator))
                .andWaitForStateChange(this::creatorOfGroup, creatorId -> creatorId == 0)
                .andVerify(creatorId -> assertThat(heard.of(group)).containsExactly("GroupMemberLeft",
                        "GroupDismissed"));
    }

    @Test
    void theSameDeletionDeliveredTwiceHandsTheGroupOnOnce(Scenario scenario) {
        admitTheApplicant();
        UserDeleted deleted = deletionOf(creator);

        scenario.publish(deleted)
                .andWaitForStateChange(this::creatorOfGroup, creatorId -> creatorId == applicant.value());
        scenario.publish(deleted)
                .andWaitForStateChange(() -> publicationOf(deleted), "none"::equals)
                .andVerify(publication -> {
                    assertThat(roleOf(applicant)).isEqualTo(2);
                    assertThat(heard.of(group)).containsExactly("GroupMemberLeft", "GroupOwnershipTransferred");
                });
    }

    /**
     * A failing listener leaves its publication failed, the deletion stays committed, and the scheduled resubmission
     * hands it over again: then it completes.
     */
    @Test
    void aListenerThatFailsOnceCompletesOnResubmission(Scenario scenario) {
        admitTheApplicant();
        doThrow(new DataIntegrityViolationException("simulated failure")).doCallRealMethod().when(memberships)
                .remove(any(), any());
        UserDeleted deleted = deletionOf(creator);

        scenario.publish(deleted)
                .andWaitForStateChange(() -> publicationOf(deleted), "FAILED"::equals)
                .andVerify(status -> assertThat(creatorOfGroup()).isEqualTo(creator.value()));

        await().atMost(Duration.ofSeconds(10)).until(resubmission::resubmitFailed);

        await().atMost(Duration.ofSeconds(10)).until(() -> publicationOf(deleted), "none"::equals);
        assertThat(creatorOfGroup()).isEqualTo(applicant.value());
        assertThat(heard.of(group)).containsExactly("GroupMemberLeft", "GroupOwnershipTransferred");
    }
}
