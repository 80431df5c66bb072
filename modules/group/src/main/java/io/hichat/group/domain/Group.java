package io.hichat.group.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupMemberJoined;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupMemberMuted;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.group.events.GroupRoleChanged;
import io.hichat.group.events.GroupUpdated;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.WebUrl;

/**
 * A chat group. A new one needs verification to join and is of type 1, as the API document's groups are; its
 * creator is its first member. The group decides who may change it and its memberships (the permission matrix of
 * {@link GroupAction}), holds at most {@code maxMembers} members, and has exactly one creator, which only a
 * transfer changes. Every change records its event.
 */
@AggregateRoot
public final class Group extends EventRecordingAggregate {

    static final int ORDINARY = 1;
    static final long NO_NOTICE = 0;
    public static final Duration LONGEST_MUTE = Duration.ofDays(30);

    @Identity
    private final GroupId id;
    private GroupName name;
    private WebUrl icon;
    private UserId creator;
    private final int type;
    private boolean needsVerification;
    private GroupNotice notice;
    private long noticeBy;
    private @Nullable Instant noticeAt;
    private @Nullable Instant muteUntil;
    private int memberCount;
    private final int maxMembers;
    private final Instant createdAt;

    private Group(GroupId id, GroupName name, WebUrl icon, UserId creator, int type, boolean needsVerification,
            GroupNotice notice, long noticeBy, @Nullable Instant noticeAt, @Nullable Instant muteUntil,
            int memberCount, int maxMembers, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.icon = icon;
        this.creator = creator;
        this.type = type;
        this.needsVerification = needsVerification;
        this.notice = notice;
        this.noticeBy = noticeBy;
        this.noticeAt = noticeAt;
        this.muteUntil = muteUntil;
        this.memberCount = memberCount;
        this.maxMembers = maxMembers;
        this.createdAt = createdAt;
    }

    /** A new group, its creator its one member. */
    public static Group create(GroupId id, GroupName name, WebUrl icon, UserId creator, int maxMembers,
            Instant now) {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("a group holds at least its creator, so maxMembers is 1 or more");
        }
        return new Group(id, name, icon, creator, ORDINARY, true, GroupNotice.NONE, NO_NOTICE, null, null, 1,
                maxMembers, storable(now));
    }

    /** A stored group, as it was read. */
    public static Group reconstitute(GroupId id, GroupName name, WebUrl icon, UserId creator, int type,
            boolean needsVerification, GroupNotice notice, long noticeBy, @Nullable Instant noticeAt,
            @Nullable Instant muteUntil, int memberCount, int maxMembers, Instant createdAt) {
        return new Group(id, name, icon, creator, type, needsVerification, notice, noticeBy, noticeAt, muteUntil,
                memberCount, maxMembers, createdAt);
    }

    /**
     * Counts a new member in.
     *
     * @throws GroupFull if the group holds as many members as it may
     */
    public void admit(UserId user, UserId inviter, Instant now) {
        if (memberCount >= maxMembers) {
            throw new GroupFull(id, maxMembers);
        }
        memberCount++;
        record(new GroupMemberJoined(UUID.randomUUID(), at(now), id.value(), user.value(), inviter.value()));
    }

    /**
     * Changes what the update names: the creator or a manager may, and only the creator changes whether joining
     * needs verification. Posting a notice records who posted it and when.
     *
     * @return whether anything changed
     */
    public boolean update(GroupUpdate update, @Nullable Membership actor, Instant now) {
        Membership by = GroupAction.UPDATE.require(id, actor);
        if (update.needsVerification() != null && update.needsVerification() != needsVerification) {
            GroupAction.CHANGE_VERIFICATION.require(id, by);
        }
        boolean changed = false;
        if (update.name() != null && !update.name().equals(name)) {
            name = update.name();
            changed = true;
        }
        if (update.icon() != null && !update.icon().equals(icon)) {
            icon = update.icon();
            changed = true;
        }
        if (update.needsVerification() != null && update.needsVerification() != needsVerification) {
            needsVerification = update.needsVerification();
            changed = true;
        }
        if (update.notification() != null) {
            notice = update.notification();
            noticeBy = update.notification().value().isEmpty() ? NO_NOTICE : by.user().value();
            noticeAt = update.notification().value().isEmpty() ? null : storable(now);
            changed = true;
        }
        if (changed) {
            record(new GroupUpdated(UUID.randomUUID(), at(now), id.value(), by.user().value()));
        }
        return changed;
    }

    /**
     * A member leaves. The creator cannot: the group would have none.
     */
    public void quit(Membership member, Instant now) {
        if (member.role() == RoleLevel.CREATOR) {
            throw new CreatorStays("the creator cannot quit group " + id.value() + ": transfer it or dismiss it "
                    + "first");
        }
        left(member.user(), GroupMemberLeft.QUIT, member.user(), now);
    }

    /** The creator removes anyone else; a manager removes plain members only. */
    public void remove(@Nullable Membership actor, Membership target, Instant now) {
        Membership by = GroupAction.REMOVE_MEMBERS.require(id, actor);
        if (target.user().equals(by.user())) {
            throw new InvalidGroupRequest("to leave group " + id.value() + ", quit it");
        }
        if (!by.role().isAtLeast(RoleLevel.CREATOR) && target.role().isAtLeast(RoleLevel.MANAGER)) {
            throw new NotAllowedInGroup("a manager of group " + id.value() + " removes plain members only");
        }
        left(target.user(), GroupMemberLeft.REMOVED, by.user(), now);
    }

    /**
     * The creator makes a member a manager, or a manager a member again.
     *
     * @return the target's membership as it now is
     */
    public Membership setRole(@Nullable Membership actor, Membership target, RoleLevel role, Instant now) {
        GroupAction.SET_ROLES.require(id, actor);
        if (role == RoleLevel.CREATOR) {
            throw new InvalidGroupRequest("role_level is 0 (member) or 1 (manager); a group changes creator by a "
                    + "transfer");
        }
        if (target.role() == RoleLevel.CREATOR) {
            throw new CreatorStays("the creator of group " + id.value() + " changes role only by a transfer");
        }
        if (target.role() == role) {
            return target;
        }
        record(new GroupRoleChanged(UUID.randomUUID(), at(now), id.value(), target.user().value(), role.code()));
        return target.withRole(role);
    }

    /** The creator hands the group to another member, and stays on as a manager. */
    public void transferTo(@Nullable Membership actor, Membership target, Instant now) {
        Membership by = GroupAction.TRANSFER.require(id, actor);
        if (target.user().equals(by.user())) {
            throw new InvalidGroupRequest("group " + id.value() + " is yours already");
        }
        creator = target.user();
        record(new GroupOwnershipTransferred(UUID.randomUUID(), at(now), id.value(), by.user().value(),
                target.user().value()));
    }

    /**
     * Mutes a plain member, or with no target the whole group, for {@code length} from now; zero lifts the mute.
     *
     * @return until when, or {@code null} for not muted
     */
    public @Nullable Instant mute(@Nullable Membership actor, @Nullable Membership target, Duration length,
            Instant now) {
        Membership by = GroupAction.MUTE.require(id, actor);
        if (length.isNegative() || length.compareTo(LONGEST_MUTE) > 0) {
            throw new InvalidGroupRequest("seconds must be 0 (lift the mute) to " + LONGEST_MUTE.toSeconds());
        }
        Instant until = length.isZero() ? null : storable(now).plus(length);
        if (target == null) {
            muteUntil = until;
        } else if (target.role() != RoleLevel.MEMBER) {
            throw new NotAllowedInGroup("the creator or a manager of group " + id.value() + " cannot be muted");
        }
        record(new GroupMemberMuted(UUID.randomUUID(), at(now), id.value(),
                target == null ? 0 : target.user().value(), until == null ? 0 : until.getEpochSecond(),
                by.user().value()));
        return until;
    }

    /** The creator ends the group: every membership ends with it. */
    public void dismiss(@Nullable Membership actor, List<UserId> members, Instant now) {
        Membership by = GroupAction.DISMISS.require(id, actor);
        members.forEach(member -> left(member, GroupMemberLeft.DISMISSED, by.user(), now));
        record(new GroupDismissed(UUID.randomUUID(), at(now), id.value(), by.user().value()));
    }

    /**
     * A member's account was deleted: the membership ends. A group the member created passes to the successor (its
     * longest-standing manager, else member), or without one is dismissed.
     *
     * @return whether the group goes on
     */
    public boolean memberDeleted(Membership departed, @Nullable Membership successor, Instant now) {
        left(departed.user(), GroupMemberLeft.ACCOUNT_DELETED, departed.user(), now);
        if (departed.role() != RoleLevel.CREATOR) {
            return true;
        }
        if (successor == null) {
            record(new GroupDismissed(UUID.randomUUID(), at(now), id.value(), departed.user().value()));
            return false;
        }
        creator = successor.user();
        record(new GroupOwnershipTransferred(UUID.randomUUID(), at(now), id.value(), departed.user().value(),
                successor.user().value()));
        return true;
    }

    private void left(UserId member, String reason, UserId by, Instant now) {
        memberCount--;
        record(new GroupMemberLeft(UUID.randomUUID(), at(now), id.value(), member.value(), reason, by.value()));
    }

    private static long at(Instant now) {
        return storable(now).getEpochSecond();
    }

    public GroupId getId() {
        return id;
    }

    public GroupName getName() {
        return name;
    }

    public WebUrl getIcon() {
        return icon;
    }

    public UserId getCreator() {
        return creator;
    }

    public int getType() {
        return type;
    }

    public boolean isNeedsVerification() {
        return needsVerification;
    }

    /** The id of the user who posted the group's current notice, 0 while none was posted. */
    public long getNotice() {
        return noticeBy;
    }

    public GroupNotice getNotification() {
        return notice;
    }

    public @Nullable Instant getNotificationAt() {
        return noticeAt;
    }

    /** Until when the whole group is muted, or {@code null} if it is not. */
    public @Nullable Instant getMuteUntil() {
        return muteUntil;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public int getMaxMembers() {
        return maxMembers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
