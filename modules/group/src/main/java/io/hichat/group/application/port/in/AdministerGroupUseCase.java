package io.hichat.group.application.port.in;

/**
 * Group administration (contract §10): each call decides and writes under the group's lock, so that calls on one
 * group, and the admissions into it, take turns. Who may do what is the permission matrix of
 * {@link io.hichat.group.domain.GroupAction}; a refusal is a {@link io.hichat.shared.domain.Refusal}. Every route
 * naming a group that does not exist, or no longer does, is refused with
 * {@link io.hichat.group.domain.GroupNotFound}.
 */
public interface AdministerGroupUseCase {

    /** Changes the group's name, icon, notice or verification. */
    void update(UpdateGroupCommand command);

    /** Ends the caller's own membership; not a member: nothing changes. The creator cannot quit. */
    void quit(GroupCommand command);

    /** Ends another member's membership; not a member: nothing changes. */
    void removeMember(MemberCommand command);

    /** Makes a member a manager or a plain member again. */
    void setRole(SetRoleCommand command);

    /** Hands the group to another member, who becomes its creator; the old creator becomes a manager. */
    void transfer(MemberCommand command);

    /** Mutes a plain member, or the whole group, or lifts the mute. */
    void mute(MuteCommand command);

    /** Ends the group: its memberships and its pending requests end with it. */
    void dismiss(GroupCommand command);
}
