package io.hichat.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hichat.group.events.GroupCreated;
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupMemberJoined;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupMemberMuted;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.group.events.GroupRoleChanged;
import io.hichat.group.events.GroupUpdated;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

/** The rules of §10 as the group decides them: who may do what, and what each change records. */
class GroupAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final GroupId GROUP = new GroupId(13);
    private static final UserId CREATOR = new UserId(1);
    private static final UserId MANAGER = new UserId(2);
    private static final UserId MEMBER = new UserId(3);
    private static final UserId OTHER = new UserId(4);

    private final Group group = created();
    private final Membership creator = Membership.creatorOf(group);
    private final Membership manager = Membership.member(GROUP, MANAGER, CREATOR, NOW).withRole(RoleLevel.MANAGER);
    private final Membership member = Membership.member(GROUP, MEMBER, CREATOR, NOW);
    private final Membership other = Membership.member(GROUP, OTHER, CREATOR, NOW);

    /** A new group of three at most, what its creation recorded pulled. */
    private static Group created() {
        Group created = Group.create(GROUP, new GroupName("rust"), WebUrl.NONE, CREATOR, 3, NOW);
        created.pullEvents();
        return created;
    }

    @Test
    void aNewGroupSaysWhoCreatedIt() {
        Group created = Group.create(GROUP, new GroupName("rust"), WebUrl.NONE, CREATOR, 3, NOW);

        assertThat(created.pullEvents()).singleElement().isInstanceOfSatisfying(GroupCreated.class,
                event -> assertThat(List.of(event.groupId(), event.creatorId(), event.occurredAt()))
                        .containsExactly(13L, 1L, NOW.getEpochSecond()));
    }

    @Test
    void aGroupAdmitsUpToItsLimitAndSaysSo() {
        group.admit(MANAGER, CREATOR, NOW);
        group.admit(MEMBER, CREATOR, NOW);

        assertThatThrownBy(() -> group.admit(OTHER, CREATOR, NOW)).isInstanceOf(GroupFull.class)
                .hasMessage("group 13 is full: it holds at most 3 members");
        assertThat(group.getMemberCount()).isEqualTo(3);
        assertThat(group.pullEvents()).hasSize(2).allMatch(GroupMemberJoined.class::isInstance);
    }

    @Test
    void theCreatorOrAManagerUpdatesAndOnlyTheCreatorChangesVerification() {
        GroupUpdate rename = new GroupUpdate(new GroupName("go"), null, new GroupNotice("周五分享"), null);

        assertThat(group.update(rename, manager, NOW)).isTrue();
        assertThat(group.noticePosterId()).isEqualTo(MANAGER);
        assertThat(group.getNotificationAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> group.update(rename, member, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.update(rename, null, NOW)).isInstanceOf(NotAllowedInGroup.class);
        GroupUpdate open = new GroupUpdate(null, null, null, false);
        assertThatThrownBy(() -> group.update(open, manager, NOW)).isInstanceOf(NotAllowedInGroup.class)
                .hasMessage("only the creator of group 13 may change whether joining it needs verification");
        assertThat(group.update(open, creator, NOW)).isTrue();
        assertThat(group.isNeedsVerification()).isFalse();
        assertThat(group.update(new GroupUpdate(new GroupName("go"), null, null, null), creator, NOW)).isFalse();
        assertThat(group.pullEvents()).hasSize(2).allMatch(GroupUpdated.class::isInstance);
    }

    @Test
    void theCreatorCannotQuitAndAMemberCan() {
        assertThatThrownBy(() -> group.quit(creator, NOW)).isInstanceOf(CreatorStays.class);

        group.quit(member, NOW);

        assertThat(group.pullEvents()).singleElement().isInstanceOfSatisfying(GroupMemberLeft.class,
                left -> assertThat(left.reason()).isEqualTo("quit"));
    }

    @Test
    void theCreatorRemovesAnyoneElseAndAManagerPlainMembersOnly() {
        group.remove(manager, named(member), NOW);
        group.remove(creator, named(manager), NOW);

        assertThatThrownBy(() -> group.remove(manager, named(creator), NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.remove(manager, named(manager.withRole(RoleLevel.MANAGER)), NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        Membership otherManager = other.withRole(RoleLevel.MANAGER);
        assertThatThrownBy(() -> group.remove(manager, named(otherManager), NOW)).isInstanceOf(NotAllowedInGroup.class)
                .hasMessage("a manager of group 13 removes plain members only");
        assertThatThrownBy(() -> group.remove(member, named(other), NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThat(group.pullEvents()).hasSize(2).allSatisfy(event -> assertThat(event)
                .isInstanceOfSatisfying(GroupMemberLeft.class, left -> assertThat(left.reason()).isEqualTo("removed")));
    }

    @Test
    void onlyTheCreatorSetsRolesAndNeverToCreatorNorOfTheCreator() {
        assertThat(group.setRole(creator, named(member), RoleLevel.MANAGER, NOW).role()).isEqualTo(RoleLevel.MANAGER);
        assertThat(group.setRole(creator, named(manager), RoleLevel.MANAGER, NOW)).isEqualTo(manager);

        assertThatThrownBy(() -> group.setRole(manager, named(member), RoleLevel.MANAGER, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.setRole(creator, named(member), RoleLevel.CREATOR, NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        assertThatThrownBy(() -> group.setRole(creator, named(creator), RoleLevel.MEMBER, NOW))
                .isInstanceOf(CreatorStays.class);
        assertThat(group.pullEvents()).singleElement().isInstanceOf(GroupRoleChanged.class);
    }

    @Test
    void onlyTheCreatorTransfersToAnotherMember() {
        assertThatThrownBy(() -> group.transferTo(manager, named(member), NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.transferTo(creator, named(creator), NOW)).isInstanceOf(InvalidGroupRequest.class);

        Handover handover = group.transferTo(creator, named(member), NOW);

        assertThat(group.getCreator()).isEqualTo(MEMBER);
        assertThat(handover.formerCreator().user()).isEqualTo(CREATOR);
        assertThat(handover.formerCreator().role()).isEqualTo(RoleLevel.MANAGER);
        assertThat(handover.newCreator().user()).isEqualTo(MEMBER);
        assertThat(handover.newCreator().role()).isEqualTo(RoleLevel.CREATOR);
        assertThat(group.pullEvents()).singleElement().isInstanceOfSatisfying(GroupOwnershipTransferred.class,
                transferred -> assertThat(transferred.toUserId()).isEqualTo(MEMBER.value()));
    }

    @Test
    void plainMembersOrTheWholeGroupAreMutedForAtMost30Days() {
        assertThat(group.mute(manager, named(member), Duration.ofHours(1), NOW)).hasValueSatisfying(muted -> assertThat(
                muted.muteUntil()).isEqualTo(NOW.plusSeconds(3600)));
        assertThat(group.mute(creator, null, Duration.ofDays(30), NOW)).isEmpty();
        assertThat(group.getMuteUntil()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        group.mute(creator, null, Duration.ZERO, NOW);
        assertThat(group.getMuteUntil()).isNull();

        assertThatThrownBy(() -> group.mute(manager, named(other.withRole(RoleLevel.MANAGER)), Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(creator, named(manager), Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(member, named(other), Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(creator, named(member), Duration.ofDays(30).plusSeconds(1), NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        assertThat(group.pullEvents()).hasSize(3).allMatch(GroupMemberMuted.class::isInstance);
    }

    @Test
    void onlyTheCreatorDismissesAndEveryMemberLeavesWithTheGroup() {
        assertThatThrownBy(() -> group.dismiss(manager, List.of(), NOW)).isInstanceOf(NotAllowedInGroup.class);

        group.dismiss(creator, List.of(CREATOR, MEMBER), NOW);

        assertThat(group.pullEvents()).hasSize(3).last().isInstanceOf(GroupDismissed.class);
    }

    @Test
    void aTargetWhoIsNoMemberIsNamedOnlyToWhoeverMayActOnMembers() {
        NamedMember stranger = new NamedMember(new UserId(9), null);

        assertThatThrownBy(() -> group.setRole(member, stranger, RoleLevel.MANAGER, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.setRole(creator, stranger, RoleLevel.MANAGER, NOW))
                .isInstanceOf(NotAMember.class);
        assertThatThrownBy(() -> group.transferTo(creator, stranger, NOW)).isInstanceOf(NotAMember.class);
        assertThatThrownBy(() -> group.mute(manager, stranger, Duration.ofHours(1), NOW))
                .isInstanceOf(NotAMember.class);
        assertThatThrownBy(() -> group.remove(member, stranger, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThat(group.remove(manager, stranger, NOW)).isFalse();
        assertThat(group.pullEvents()).isEmpty();
    }

    @Test
    void aPromotionLiftsTheMembersMuteAndSaysSo() {
        Membership muted = group.mute(creator, named(member), Duration.ofHours(1), NOW).orElseThrow();
        group.pullEvents();

        Membership promoted = group.setRole(creator, named(muted), RoleLevel.MANAGER, NOW);

        assertThat(promoted.role()).isEqualTo(RoleLevel.MANAGER);
        assertThat(promoted.muteUntil()).isNull();
        assertThat(group.pullEvents()).satisfiesExactly(
                changed -> assertThat(changed).isInstanceOf(GroupRoleChanged.class),
                lifted -> assertThat(lifted).isInstanceOfSatisfying(GroupMemberMuted.class, mute -> {
                    assertThat(mute.userId()).isEqualTo(MEMBER.value());
                    assertThat(mute.muteUntil()).isZero();
                }));
    }

    @Test
    void aTransferLiftsTheNewCreatorsMute() {
        Membership muted = group.mute(creator, named(member), Duration.ofHours(1), NOW).orElseThrow();

        assertThat(group.transferTo(creator, named(muted), NOW).newCreator().muteUntil()).isNull();
    }

    @Test
    void zeroLiftsAMuteWhoeverHoldsItWhileOnlyAPlainMemberIsMutedForLonger() {
        Membership mutedManager = new Membership(GROUP, MANAGER, RoleLevel.MEMBER, CREATOR, NOW,
                NOW.plusSeconds(60)).withRole(RoleLevel.MANAGER);

        assertThat(group.mute(creator, named(manager), Duration.ZERO, NOW)).hasValueSatisfying(lifted -> assertThat(
                lifted.muteUntil()).isNull());
        Membership storedMutedManager = new Membership(GROUP, MANAGER, RoleLevel.MANAGER, CREATOR, NOW,
                NOW.plusSeconds(60));

        assertThat(mutedManager.muteUntil()).as("a role above member comes without a mute").isNull();
        assertThat(group.mute(creator, named(storedMutedManager), Duration.ZERO, NOW)).hasValueSatisfying(
                lifted -> assertThat(lifted.muteUntil()).isNull());
        assertThatThrownBy(() -> group.mute(creator, named(storedMutedManager), Duration.ofSeconds(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
    }

    @Test
    void aDeletedCreatorsGroupPassesToTheSuccessorUnmutedOrWithoutOneIsDismissed() {
        Membership mutedSuccessor = group.mute(creator, named(member), Duration.ofHours(1), NOW).orElseThrow();
        Group alone = Group.create(new GroupId(14), new GroupName("solo"), WebUrl.NONE, CREATOR, 3, NOW);

        assertThat(group.memberDeleted(creator, mutedSuccessor, NOW)).hasValueSatisfying(successor -> {
            assertThat(successor.role()).isEqualTo(RoleLevel.CREATOR);
            assertThat(successor.muteUntil()).isNull();
        });
        assertThat(group.getCreator()).isEqualTo(MEMBER);
        assertThat(group.isDismissed()).isFalse();
        assertThat(alone.memberDeleted(Membership.creatorOf(alone), null, NOW)).isEmpty();
        assertThat(alone.isDismissed()).isTrue();
    }

    @Test
    void aDeletedAccountIsNoLongerNamedAsTheNoticesPosterButTheNoticeStays() {
        group.update(new GroupUpdate(null, null, new GroupNotice("周五分享"), null), manager, NOW);

        assertThat(group.memberDeleted(null, null, NOW)).isEmpty();
        assertThat(group.noticePosterId()).isEqualTo(MANAGER);
        assertThat(group.memberDeleted(manager, null, NOW)).isEmpty();

        assertThat(group.noticePosterId()).isNull();
        assertThat(group.getNotification().value()).isEqualTo("周五分享");
    }

    private static NamedMember named(Membership membership) {
        return new NamedMember(membership.user(), membership);
    }
}
