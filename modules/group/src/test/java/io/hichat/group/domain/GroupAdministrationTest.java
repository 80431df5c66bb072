package io.hichat.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupMemberJoined;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupMemberMuted;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.group.events.GroupRoleChanged;
import io.hichat.group.events.GroupUpdated;
import io.hichat.shared.domain.WebUrl;

/** The rules of §10 as the group decides them: who may do what, and what each change records. */
class GroupAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final GroupId GROUP = new GroupId(13);
    private static final UserId CREATOR = new UserId(1);
    private static final UserId MANAGER = new UserId(2);
    private static final UserId MEMBER = new UserId(3);
    private static final UserId OTHER = new UserId(4);

    private final Group group = Group.create(GROUP, new GroupName("rust"), WebUrl.NONE, CREATOR, 3, NOW);
    private final Membership creator = Membership.creatorOf(group);
    private final Membership manager = Membership.member(GROUP, MANAGER, CREATOR, NOW).withRole(RoleLevel.MANAGER);
    private final Membership member = Membership.member(GROUP, MEMBER, CREATOR, NOW);
    private final Membership other = Membership.member(GROUP, OTHER, CREATOR, NOW);

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
        assertThat(group.getNotice()).isEqualTo(MANAGER.value());
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
        group.remove(manager, member, NOW);
        group.remove(creator, manager, NOW);

        assertThatThrownBy(() -> group.remove(manager, creator, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.remove(manager, manager.withRole(RoleLevel.MANAGER), NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        Membership otherManager = other.withRole(RoleLevel.MANAGER);
        assertThatThrownBy(() -> group.remove(manager, otherManager, NOW)).isInstanceOf(NotAllowedInGroup.class)
                .hasMessage("a manager of group 13 removes plain members only");
        assertThatThrownBy(() -> group.remove(member, other, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThat(group.pullEvents()).hasSize(2).allSatisfy(event -> assertThat(event)
                .isInstanceOfSatisfying(GroupMemberLeft.class, left -> assertThat(left.reason()).isEqualTo("removed")));
    }

    @Test
    void onlyTheCreatorSetsRolesAndNeverToCreatorNorOfTheCreator() {
        assertThat(group.setRole(creator, member, RoleLevel.MANAGER, NOW).role()).isEqualTo(RoleLevel.MANAGER);
        assertThat(group.setRole(creator, manager, RoleLevel.MANAGER, NOW)).isSameAs(manager);

        assertThatThrownBy(() -> group.setRole(manager, member, RoleLevel.MANAGER, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.setRole(creator, member, RoleLevel.CREATOR, NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        assertThatThrownBy(() -> group.setRole(creator, creator, RoleLevel.MEMBER, NOW))
                .isInstanceOf(CreatorStays.class);
        assertThat(group.pullEvents()).singleElement().isInstanceOf(GroupRoleChanged.class);
    }

    @Test
    void onlyTheCreatorTransfersToAnotherMember() {
        assertThatThrownBy(() -> group.transferTo(manager, member, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.transferTo(creator, creator, NOW)).isInstanceOf(InvalidGroupRequest.class);

        group.transferTo(creator, member, NOW);

        assertThat(group.getCreator()).isEqualTo(MEMBER);
        assertThat(group.pullEvents()).singleElement().isInstanceOfSatisfying(GroupOwnershipTransferred.class,
                transferred -> assertThat(transferred.toUserId()).isEqualTo(MEMBER.value()));
    }

    @Test
    void plainMembersOrTheWholeGroupAreMutedForAtMost30Days() {
        assertThat(group.mute(manager, member, Duration.ofHours(1), NOW)).isEqualTo(NOW.plusSeconds(3600));
        assertThat(group.mute(creator, null, Duration.ofDays(30), NOW)).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(group.getMuteUntil()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(group.mute(creator, null, Duration.ZERO, NOW)).isNull();
        assertThat(group.getMuteUntil()).isNull();

        assertThatThrownBy(() -> group.mute(manager, other.withRole(RoleLevel.MANAGER), Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(creator, manager, Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(member, other, Duration.ofHours(1), NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> group.mute(creator, member, Duration.ofDays(30).plusSeconds(1), NOW))
                .isInstanceOf(InvalidGroupRequest.class);
        assertThat(group.pullEvents()).hasSize(3).allMatch(GroupMemberMuted.class::isInstance);
    }

    @Test
    void onlyTheCreatorDismissesAndEveryMemberLeavesWithTheGroup() {
        assertThatThrownBy(() -> group.dismiss(manager, List.of(), NOW)).isInstanceOf(NotAllowedInGroup.class);

        group.dismiss(creator, List.of(CREATOR, MEMBER), NOW);

        assertThat(group.pullEvents()).hasSize(3).last().isInstanceOf(GroupDismissed.class);
    }
}
