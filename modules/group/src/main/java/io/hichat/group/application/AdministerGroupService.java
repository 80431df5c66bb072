package io.hichat.group.application;

import java.time.Clock;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

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
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.Handover;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.NamedMember;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.UserId;

/**
 * Each change of a group reads the group with its row locked, the caller's membership, the target's if any, lets
 * the group decide, then writes and publishes what it recorded, all in one transaction. Approvals and invitations
 * into the group lock the same row, so a transfer, a removal, a dismissal and an admission never interleave.
 */
@RequiredArgsConstructor
@Transactional
public class AdministerGroupService implements AdministerGroupUseCase {

    private final LoadGroupPort loadGroups;
    private final SaveGroupPort saveGroups;
    private final LoadMembershipPort loadMemberships;
    private final SaveMembershipPort saveMemberships;
    private final DomainEventPublisher events;
    private final Clock clock;

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

    @Override
    public void removeMember(MemberCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            if (group.remove(actor, named(group.getId(), command.member()), clock.instant())) {
                saveMemberships.remove(group.getId(), command.member());
            }
        });
    }

    @Override
    public void setRole(SetRoleCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            NamedMember target = named(group.getId(), command.member());
            Membership changed = group.setRole(actor, target, command.role(), clock.instant());
            if (!changed.equals(target.membership())) {
                saveMemberships.save(changed);
            }
        });
    }

    @Override
    public void transfer(MemberCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            Handover handover = group.transferTo(actor, named(group.getId(), command.member()), clock.instant());
            saveMemberships.save(handover.formerCreator());
            saveMemberships.save(handover.newCreator());
            saveGroups.save(group);
        });
    }

    @Override
    public void mute(MuteCommand command) {
        inGroup(command.group(), command.by(), (group, actor) -> {
            NamedMember target = command.member() == null ? null : named(group.getId(), command.member());
            group.mute(actor, target, command.length(), clock.instant())
                    .ifPresentOrElse(saveMemberships::save, () -> saveGroups.save(group));
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
        Group group = loadGroups.findByIdForUpdate(id).orElseThrow(() -> new GroupNotFound(id));
        change.accept(group, loadMemberships.find(id, caller).orElse(null));
        events.publishEventsOf(group);
    }

    private NamedMember named(GroupId group, UserId user) {
        return NamedMember.of(user, loadMemberships.find(group, user));
    }
}
