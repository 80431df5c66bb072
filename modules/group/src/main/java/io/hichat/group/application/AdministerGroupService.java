package io.hichat.group.application;

import java.time.Clock;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.port.in.AdministerGroupUseCase;
import io.hichat.group.application.port.in.GroupCommand;
import io.hichat.group.application.port.in.MemberCommand;
import io.hichat.group.application.port.in.MuteCommand;
import io.hichat.group.application.port.in.SetRoleCommand;
import io.hichat.group.application.port.in.UpdateGroupCommand;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupAction;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.NotAMember;
import io.hichat.group.domain.RoleLevel;
import io.hichat.group.domain.UserId;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * Each change of a group reads the group with its row locked, the caller's membership, the target's if any, lets
 * the group decide, then writes and publishes what it recorded, all in one transaction. Approvals and invitations
 * into the group lock the same row, so a transfer, a removal, a dismissal and an admission never interleave.
 */
public record AdministerGroupService(LoadGroupPort loadGroups, SaveGroupPort saveGroups,
        LoadMembershipPort loadMemberships, SaveMembershipPort saveMemberships, DomainEventPublisher events,
        TransactionOperations transactions, Clock clock) implements AdministerGroupUseCase {

    @Override
    public void update(UpdateGroupCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            if (group.update(command.update(), actor, clock.instant())) {
                saveGroups.save(group);
            }
        });
    }

    @Override
    public void quit(GroupCommand command) {
        inGroup(command.group(), command.by(), (group, member) -> {
            if (member != null) {
                group.quit(member, clock.instant());
                saveMemberships.remove(group.getId(), member.user());
            }
        });
    }

    /** The caller's right comes first: a stranger learns nothing of who is a member. */
    @Override
    public void removeMember(MemberCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            GroupAction.REMOVE_MEMBERS.require(group.getId(), actor);
            Membership target = membership(group.getId(), command.member());
            if (target != null) {
                group.remove(actor, target, clock.instant());
                saveMemberships.remove(group.getId(), target.user());
            }
        });
    }

    @Override
    public void setRole(SetRoleCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            GroupAction.SET_ROLES.require(group.getId(), actor);
            Membership target = requireMember(group.getId(), command.member());
            Membership changed = group.setRole(actor, target, command.role(), clock.instant());
            if (changed != target) {
                saveMemberships.saveRole(changed);
            }
        });
    }

    /** The old creator steps down before the new one steps up: a group never has two creators, even mid-way. */
    @Override
    public void transfer(MemberCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            Membership creator = GroupAction.TRANSFER.require(group.getId(), actor);
            Membership target = requireMember(group.getId(), command.member());
            group.transferTo(creator, target, clock.instant());
            saveMemberships.saveRole(creator.withRole(RoleLevel.MANAGER));
            saveMemberships.saveRole(target.withRole(RoleLevel.CREATOR));
            saveGroups.save(group);
        });
    }

    @Override
    public void mute(MuteCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            GroupAction.MUTE.require(group.getId(), actor);
            Membership target = command.member() == null ? null : requireMember(group.getId(), command.member());
            var until = group.mute(actor, target, command.length(), clock.instant());
            if (target == null) {
                saveGroups.save(group);
            } else {
                saveMemberships.muteUntil(group.getId(), target.user(), until);
            }
        });
    }

    @Override
    public void dismiss(GroupCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            group.dismiss(actor, loadMemberships.memberIds(group.getId()), clock.instant());
            saveGroups.delete(group.getId());
        });
    }

    private void inGroup(GroupId id, UserId caller, BiConsumer<Group, @Nullable Membership> change) {
        transactions.executeWithoutResult(status -> {
            Group group = loadGroups.findByIdForUpdate(id).orElseThrow(() -> new GroupNotFound(id));
            change.accept(group, membership(id, caller));
            events.publishEventsOf(group);
        });
    }

    private @Nullable Membership membership(GroupId group, UserId user) {
        return loadMemberships.find(group, user).orElse(null);
    }

    private Membership requireMember(GroupId group, UserId user) {
        return loadMemberships.find(group, user).orElseThrow(() -> new NotAMember(user));
    }
}
