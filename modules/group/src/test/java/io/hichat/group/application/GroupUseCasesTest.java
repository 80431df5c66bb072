package io.hichat.group.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hichat.group.application.port.in.AnswerInvitationCommand;
import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.GroupCommand;
import io.hichat.group.application.port.in.HandleJoinRequestCommand;
import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.ListJoinRequestsQuery;
import io.hichat.group.application.port.in.MemberCommand;
import io.hichat.group.application.port.in.SetRoleCommand;
import io.hichat.group.domain.GroupFull;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.InvalidGroupRequest;
import io.hichat.group.domain.InvitationAnswer;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.group.domain.NotAllowedInGroup;
import io.hichat.group.domain.RequestClass;
import io.hichat.group.domain.RoleLevel;
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;
import io.hichat.shared.domain.WebUrl;

class GroupUseCasesTest {

    private static final UserId CREATOR = new UserId(1);
    private static final UserId APPLICANT = new UserId(2);
    private static final UserId MEMBER = new UserId(3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryGroups store = new InMemoryGroups();
    private final CreateGroupService create = new CreateGroupService(store, store, store, store, 2000, CLOCK);
    private final JoinGroupService join = new JoinGroupService(store, store, store, store, store, store, store, CLOCK);
    private final InviteToGroupService invite = new InviteToGroupService(store, store, store, store, store, store,
            store, store, store, store, Duration.ofDays(7), CLOCK);
    private final AnswerInvitationService answer = new AnswerInvitationService(store, store, store, store, store,
            store, store, store, store, CLOCK);
    private final HandleJoinRequestService handle = new HandleJoinRequestService(store, store, store, store, store,
            store, CLOCK);
    private final ListJoinRequestsService listRequests = new ListJoinRequestsService(store, store, store, store);
    private final ListMembersService listMembers = new ListMembersService(store, store, store);
    private final AdministerGroupService administer = new AdministerGroupService(store, store, store, store, store,
            CLOCK);

    private final ForgetDeletedMemberService forget = new ForgetDeletedMemberService(store, store, store, store, store,
            store, store, store, store, CLOCK);

    private GroupId group;

    @BeforeEach
    void aGroupWithAPlainMember() {
        store.addUser(1);
        store.addUser(2);
        store.addUser(3);
        group = create.create(new CreateGroupCommand(CREATOR, new GroupName("rust"), WebUrl.NONE));
        invitedAndAccepting(CREATOR, group, MEMBER);
    }

    /** The inviter invites, the invitee accepts. */
    private void invitedAndAccepting(UserId inviter, GroupId into, UserId invitee) {
        InvitationId invitation = invite.invite(new InviteToGroupCommand(inviter, into, invitee)).orElseThrow();
        answer.answer(new AnswerInvitationCommand(invitee, invitation, InvitationAnswer.ACCEPT));
    }

    private void apply(UserId applicant, JoinSource source, UserId claimedInviter) {
        join.join(new JoinGroupCommand(applicant, group, RequestMessage.of("hi"), source, claimedInviter));
    }

    private JoinRequest onlyPendingRequest() {
        return store.requests.values().stream().filter(JoinRequest::isPending).findFirst().orElseThrow();
    }

    @Test
    void theCreatorIsAMemberAndTheInviteeToo() {
        assertThat(store.isMember(group, CREATOR)).isTrue();
        assertThat(store.isMember(group, MEMBER)).isTrue();
    }

    @Test
    void aClaimedInvitationWaitsForAnAdmin() {
        apply(APPLICANT, JoinSource.INVITED, CREATOR);

        assertThat(store.isMember(group, APPLICANT)).isFalse();
        assertThat(onlyPendingRequest().getInviter()).isEqualTo(CREATOR);
    }

    @Test
    void joiningTwiceOrAsAMemberAddsNothing() {
        apply(APPLICANT, JoinSource.APPLIED, null);
        apply(APPLICANT, JoinSource.APPLIED, null);
        apply(MEMBER, JoinSource.APPLIED, null);

        assertThat(store.requests.values()).filteredOn(JoinRequest::isPending).hasSize(1);
    }

    @Test
    void applyingInvitingAnsweringAndDecidingEachTakeTheLockOfTheUsersPlaceInTheGroup() {
        store.lockedMemberships.clear();
        apply(APPLICANT, JoinSource.APPLIED, null);
        assertThat(store.lockedMemberships).containsExactly(List.of(group, APPLICANT));

        store.lockedMemberships.clear();
        assertThat(invite.invite(new InviteToGroupCommand(MEMBER, group, APPLICANT))).isEmpty();
        assertThat(store.lockedMemberships).containsExactly(List.of(group, APPLICANT));

        store.addUser(4);
        UserId invitee = new UserId(4);
        InvitationId invitation = invite.invite(new InviteToGroupCommand(MEMBER, group, invitee)).orElseThrow();
        store.lockedMemberships.clear();
        answer.answer(new AnswerInvitationCommand(invitee, invitation, InvitationAnswer.DECLINE));
        assertThat(store.lockedMemberships).containsExactly(List.of(group, invitee));

        store.lockedMemberships.clear();
        handle.handle(new HandleJoinRequestCommand(CREATOR, onlyPendingRequest().getId(), group,
                JoinResult.APPROVED));
        assertThat(store.lockedMemberships).containsExactly(List.of(group, APPLICANT));
        assertThat(store.unlockedLooks).isZero();
    }

    @Test
    void joiningAnUnknownGroupIsRefused() {
        assertThatThrownBy(() -> join.join(new JoinGroupCommand(APPLICANT, new GroupId(99), RequestMessage.of(""),
                JoinSource.APPLIED, null))).isInstanceOf(GroupNotFound.class);
    }

    @Test
    void aPlainMembersAcceptedInvitationWaitsAndAnAdminApprovesIt() {
        invitedAndAccepting(MEMBER, group, APPLICANT);
        assertThat(store.isMember(group, APPLICANT)).isFalse();

        handle.handle(new HandleJoinRequestCommand(CREATOR, onlyPendingRequest().getId(), group,
                JoinResult.APPROVED));

        assertThat(store.isMember(group, APPLICANT)).isTrue();
    }

    @Test
    void invitationsNeedAMemberAndAUserWhoExists() {
        assertThatThrownBy(() -> invite.invite(new InviteToGroupCommand(APPLICANT, group, new UserId(1))))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> invite.invite(new InviteToGroupCommand(CREATOR, group, new UserId(99))))
                .isInstanceOf(UserNotFound.class);
    }

    @Test
    void aDecisionNamesTheRequestsGroup() {
        apply(APPLICANT, JoinSource.APPLIED, null);
        GroupId other = create.create(new CreateGroupCommand(CREATOR, new GroupName("other"), WebUrl.NONE));

        assertThatThrownBy(() -> handle.handle(new HandleJoinRequestCommand(CREATOR, onlyPendingRequest().getId(),
                other, JoinResult.APPROVED))).isInstanceOf(InvalidGroupRequest.class);
        assertThatThrownBy(() -> handle.handle(new HandleJoinRequestCommand(MEMBER, onlyPendingRequest().getId(),
                group, JoinResult.APPROVED))).isInstanceOf(NotAllowedInGroup.class);
    }

    @Test
    void aGroupsRequestsAreForItsAdminsAndAreListedInAFixedNumberOfLookups() {
        store.addUser(4);
        apply(APPLICANT, JoinSource.APPLIED, null);
        join.join(new JoinGroupCommand(new UserId(4), group, RequestMessage.of(""), JoinSource.APPLIED, null));

        assertThatThrownBy(() -> listRequests.list(new ListJoinRequestsQuery(MEMBER, RequestClass.OF_GROUP, group,
                Set.of(), 10, null, null))).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> listRequests.list(new ListJoinRequestsQuery(CREATOR, RequestClass.OF_GROUP, null,
                Set.of(), 10, null, null))).isInstanceOf(InvalidGroupRequest.class);
        store.lookups = 0;
        assertThat(listRequests.list(new ListJoinRequestsQuery(CREATOR, RequestClass.OF_GROUP, group, Set.of(), 10,
                null, null))).extracting(listed -> listed.applicant().nickname()).containsExactly("user4", "user2", "user3");
        assertThat(store.lookups).isEqualTo(5);
    }

    @Test
    void membersAreForMembersInAFixedNumberOfLookups() {
        assertThatThrownBy(() -> listMembers.list(APPLICANT, group, 10, null, null)).isInstanceOf(NotAllowedInGroup.class);
        store.lookups = 0;

        assertThat(listMembers.list(MEMBER, group, 10, null, null)).extracting(listed -> listed.user().id())
                .containsExactly(CREATOR, MEMBER);
        assertThat(store.lookups).isEqualTo(4);
    }

    @Test
    void aGroupAdmitsNoMoreThanItsLimitAndAFullOneRefusesTheInvitationWhole() {
        CreateGroupService small = new CreateGroupService(store, store, store, store, 2, CLOCK);
        GroupId full = small.create(new CreateGroupCommand(CREATOR, new GroupName("small"), WebUrl.NONE));
        invitedAndAccepting(CREATOR, full, MEMBER);

        assertThatThrownBy(() -> invitedAndAccepting(CREATOR, full, APPLICANT)).isInstanceOf(GroupFull.class);
        assertThat(store.isMember(full, APPLICANT)).isFalse();
        administer.quit(new GroupCommand(full, MEMBER));
        invitedAndAccepting(CREATOR, full, APPLICANT);
        assertThat(store.isMember(full, APPLICANT)).isTrue();
    }

    @Test
    void aTransferSwapsTheTwoRolesAndTheGroupsCreator() {
        administer.transfer(new MemberCommand(group, CREATOR, MEMBER));

        assertThat(store.find(group, MEMBER).orElseThrow().role()).isEqualTo(RoleLevel.CREATOR);
        assertThat(store.find(group, CREATOR).orElseThrow().role()).isEqualTo(RoleLevel.MANAGER);
        assertThat(store.groups.get(group.value()).getCreator()).isEqualTo(MEMBER);
        assertThat(store.published).last().isInstanceOf(GroupOwnershipTransferred.class);
    }

    @Test
    void aDismissalEndsTheGroupItsMembershipsAndItsRequestsAndSaysSoForEachMember() {
        apply(APPLICANT, JoinSource.APPLIED, null);
        store.published.clear();

        administer.dismiss(new GroupCommand(group, CREATOR));

        assertThat(store.groups).doesNotContainKey(group.value());
        assertThat(store.members).isEmpty();
        assertThat(store.requests).isEmpty();
        assertThat(store.published).hasSize(3).last().isInstanceOf(GroupDismissed.class);
        assertThatThrownBy(() -> administer.quit(new GroupCommand(group, MEMBER))).isInstanceOf(GroupNotFound.class);
    }

    @Test
    void aRemovedMemberIsGoneAndAStrangerRemovesNobody() {
        assertThatThrownBy(() -> administer.removeMember(new MemberCommand(group, APPLICANT, MEMBER)))
                .isInstanceOf(NotAllowedInGroup.class);

        administer.removeMember(new MemberCommand(group, CREATOR, MEMBER));
        administer.removeMember(new MemberCommand(group, CREATOR, MEMBER));

        assertThat(store.isMember(group, MEMBER)).isFalse();
        assertThat(store.groups.get(group.value()).getMemberCount()).isEqualTo(1);
    }

    @Test
    void creatingJoiningAndBeingInvitedHoldTheUserAndAUserGoneMeanwhileIsRefusedWithNothingWritten() {
        apply(APPLICANT, JoinSource.APPLIED, null);
        assertThat(store.held).containsExactlyInAnyOrder(CREATOR, MEMBER, APPLICANT);

        UserId gone = new UserId(9);
        assertThatThrownBy(() -> create.create(new CreateGroupCommand(gone, new GroupName("go"), WebUrl.NONE)))
                .isInstanceOf(UserNotFound.class);
        assertThatThrownBy(() -> apply(gone, JoinSource.APPLIED, null)).isInstanceOf(UserNotFound.class);
        assertThat(store.groups).hasSize(1);
        assertThat(store.requests.values()).noneMatch(request -> request.getApplicant().equals(gone));
    }

    @Test
    void aDeletedCreatorsGroupPassesToTheLongestStandingManagerBeforeAnyLongerStandingMember() {
        invitedAndAccepting(CREATOR, group, APPLICANT);
        administer.setRole(new SetRoleCommand(group, CREATOR, APPLICANT, RoleLevel.MANAGER));
        store.published.clear();

        forget.forgetDeletedMember(CREATOR);
        forget.forgetDeletedMember(CREATOR);

        assertThat(store.isMember(group, CREATOR)).isFalse();
        assertThat(store.find(group, APPLICANT).orElseThrow().role()).isEqualTo(RoleLevel.CREATOR);
        assertThat(store.find(group, MEMBER).orElseThrow().role()).isEqualTo(RoleLevel.MEMBER);
        assertThat(store.groups.get(group.value()).getCreator()).isEqualTo(APPLICANT);
        assertThat(store.groups.get(group.value()).getMemberCount()).isEqualTo(2);
        assertThat(store.published).hasSize(2);
        assertThat(store.published.get(0)).isInstanceOfSatisfying(GroupMemberLeft.class, left -> assertThat(
                List.of(left.userId(), left.reason())).containsExactly(1L, GroupMemberLeft.ACCOUNT_DELETED));
        assertThat(store.published.get(1)).isInstanceOfSatisfying(GroupOwnershipTransferred.class,
                transferred -> assertThat(List.of(transferred.fromUserId(), transferred.toUserId()))
                        .containsExactly(1L, 2L));
    }

    @Test
    void withoutAManagerTheLongestStandingMemberTakesOver() {
        invitedAndAccepting(CREATOR, group, APPLICANT);

        forget.forgetDeletedMember(CREATOR);

        assertThat(store.find(group, MEMBER).orElseThrow().role()).isEqualTo(RoleLevel.CREATOR);
        assertThat(store.groups.get(group.value()).getCreator()).isEqualTo(MEMBER);
    }

    @Test
    void aDeletedUsersLoneGroupIsDismissedItsOtherMembershipsEndAndItsRequestsGoInGroupOrder() {
        GroupId alone = create.create(new CreateGroupCommand(MEMBER, new GroupName("alone"), WebUrl.NONE));
        GroupId applied = create.create(new CreateGroupCommand(CREATOR, new GroupName("go"), WebUrl.NONE));
        join.join(new JoinGroupCommand(MEMBER, applied, RequestMessage.of("hi"), JoinSource.APPLIED, null));
        store.published.clear();
        store.lockedGroups.clear();

        forget.forgetDeletedMember(MEMBER);

        assertThat(store.lockedGroups).containsExactly(group, alone, applied);
        assertThat(store.groups).doesNotContainKey(alone.value()).containsKey(group.value());
        assertThat(store.members).noneMatch(member -> member.membership().user().equals(MEMBER));
        assertThat(store.requests.values()).noneMatch(request -> request.getApplicant().equals(MEMBER));
        assertThat(store.published).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("GroupMemberLeft", "GroupMemberLeft", "GroupDismissed");
        assertThat(store.published).filteredOn(GroupMemberLeft.class::isInstance).map(GroupMemberLeft.class::cast)
                .extracting(GroupMemberLeft::groupId, GroupMemberLeft::reason)
                .containsExactly(tuple(group.value(), GroupMemberLeft.ACCOUNT_DELETED),
                        tuple(alone.value(), GroupMemberLeft.ACCOUNT_DELETED));
    }
}
