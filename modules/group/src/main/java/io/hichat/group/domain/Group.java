package io.hichat.group.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import lombok.AccessLevel;
import lombok.Getter;

import io.hichat.group.events.GroupCreated;
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupMemberJoined;
import io.hichat.group.events.GroupMemberLeft;
import io.hichat.group.events.GroupMemberMuted;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.group.events.GroupRoleChanged;
import io.hichat.group.events.GroupUpdated;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

/**
 * A chat group. A new one needs verification to join and is of type 1, as the API document's groups are; its
 * creator is its first member. The group decides who may change it and its memberships (the permission matrix of
 * {@link GroupAction}), holds at most {@code maxMembers} members, and has exactly one creator, which only a
 * transfer changes. Every change records its event.
 */
@AggregateRoot
@Getter
public final class Group extends EventRecordingAggregate {

    static final int ORDINARY = 1;
    public static final Duration LONGEST_MUTE = Duration.ofDays(30);

    @Identity
    private final GroupId id;
    private GroupName name;
    private WebUrl icon;
    private UserId creator;
    private final int type;
    private boolean needsVerification;
    private GroupNotice notification;
    @Getter(AccessLevel.NONE)
    private @Nullable UserId noticePoster;
    private @Nullable Instant notificationAt;
    /** Until when the whole group is muted, or {@code null} if it is not. */
    private @Nullable Instant muteUntil;
    private int memberCount;
    private final int maxMembers;
    private final Instant createdAt;
    /** Whether the group was dismissed, by its creator or for want of a successor. */
    private boolean dismissed;

    private Group(GroupId id, GroupName name, WebUrl icon, UserId creator, int type, boolean needsVerification,
            GroupNotice notification, @Nullable UserId noticePoster, @Nullable Instant notificationAt,
            @Nullable Instant muteUntil, int memberCount, int maxMembers, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.icon = icon;
        this.creator = creator;
        this.type = type;
        this.needsVerification = needsVerification;
        this.notification = notification;
        this.noticePoster = noticePoster;
        this.notificationAt = notificationAt;
        this.muteUntil = muteUntil;
        this.memberCount = memberCount;
        this.maxMembers = maxMembers;
        this.createdAt = createdAt;
    }

    /** A new group, its creator its one member; records {@link GroupCreated}. */
    public static Group create(GroupId id, GroupName name, WebUrl icon, UserId creator, int maxMembers,
            Instant now) {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("a group holds at least its creator, so maxMembers is 1 or more");
        }
        Group group = new Group(id, name, icon, creator, ORDINARY, true, GroupNotice.NONE, null, null, null, 1,
                maxMembers, storable(now));
        group.record(new GroupCreated(UUID.randomUUID(), at(now), id.value(), creator.value()));
        return group;
    }

    /** A stored group, as it was read. */
    public static Group reconstitute(GroupId id, GroupName name, WebUrl icon, UserId creator, int type,
            boolean needsVerification, GroupNotice notification, @Nullable UserId noticePoster,
            @Nullable Instant notificationAt, @Nullable Instant muteUntil, int memberCount, int maxMembers,
            Instant createdAt) {
        return new Group(id, name, icon, creator, type, needsVerification, notification, noticePoster,
                notificationAt, muteUntil, memberCount, maxMembers, createdAt);
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
            notification = update.notification();
            noticePoster = update.notification().value().isEmpty() ? null : by.user();
            notificationAt = update.notification().value().isEmpty() ? null : storable(now);
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

    /**
     * The creator removes anyone else; a manager removes plain members only.
     *
     * @return whether the user named was a member, and so left
     */
    public boolean remove(@Nullable Membership actor, NamedMember named, Instant now) {
        Membership by = GroupAction.REMOVE_MEMBERS.require(id, actor);
        Membership target = named.membership();
        if (target == null) {
            return false;
        }
        if (target.user().equals(by.user())) {
            throw new InvalidGroupRequest("to leave group " + id.value() + ", quit it");
        }
        if (!by.role().isAtLeast(RoleLevel.CREATOR) && target.role().isAtLeast(RoleLevel.MANAGER)) {
            throw new NotAllowedInGroup("a manager of group " + id.value() + " removes plain members only");
        }
        left(target.user(), GroupMemberLeft.REMOVED, by.user(), now);
        return true;
    }

    /**
     * The creator makes a member a manager, or a manager a member again.
     *
     * @return the target's membership as it now is
     */
    public Membership setRole(@Nullable Membership actor, NamedMember named, RoleLevel role, Instant now) {
        Membership by = GroupAction.SET_ROLES.require(id, actor);
        if (role == RoleLevel.CREATOR) {
            throw new InvalidGroupRequest("a member becomes a manager or a plain member by a change of role; "
                    + "a group changes creator by a transfer");
        }
        Membership target = named.require();
        if (target.role() == RoleLevel.CREATOR) {
            throw new CreatorStays("the creator of group " + id.value() + " changes role only by a transfer");
        }
        if (target.role() == role) {
            return target;
        }
        record(new GroupRoleChanged(UUID.randomUUID(), at(now), id.value(), target.user().value(),
                role == RoleLevel.MANAGER ? GroupRoleChanged.MANAGER : GroupRoleChanged.MEMBER));
        return inRole(target, role, by.user(), now);
    }

    /** The creator hands the group to another member, and stays on as a manager. */
    public Handover transferTo(@Nullable Membership actor, NamedMember named, Instant now) {
        Membership by = GroupAction.TRANSFER.require(id, actor);
        Membership target = named.require();
        if (target.user().equals(by.user())) {
            throw new InvalidGroupRequest("group " + id.value() + " is yours already");
        }
        creator = target.user();
        record(new GroupOwnershipTransferred(UUID.randomUUID(), at(now), id.value(), by.user().value(),
                target.user().value()));
        return new Handover(by.withRole(RoleLevel.MANAGER), inRole(target, RoleLevel.CREATOR, by.user(), now));
    }

    /**
     * Mutes a plain member, or with no one named the whole group, for {@code length} from now. Zero lifts the mute,
     * whoever holds it.
     *
     * @return the member's membership as it now is; empty for the whole group
     */
    public Optional<Membership> mute(@Nullable Membership actor, @Nullable NamedMember named, Duration length,
            Instant now) {
        Membership by = GroupAction.MUTE.require(id, actor);
        if (length.isNegative() || length.compareTo(LONGEST_MUTE) > 0) {
            throw new InvalidGroupRequest("a mute lasts from zero, which lifts it, to " + LONGEST_MUTE.toDays()
                    + " days");
        }
        Instant until = length.isZero() ? null : storable(now).plus(length);
        Membership target = named == null ? null : named.require();
        if (target == null) {
            muteUntil = until;
        } else if (until != null && target.role() != RoleLevel.MEMBER) {
            throw new NotAllowedInGroup("the creator or a manager of group " + id.value() + " cannot be muted");
        }
        recordMute(target == null ? null : target.user(), until, by.user(), now);
        return Optional.ofNullable(target).map(member -> member.mutedUntil(until));
    }

    /** The creator ends the group: every membership ends with it. */
    public void dismiss(@Nullable Membership actor, List<UserId> members, Instant now) {
        Membership by = GroupAction.DISMISS.require(id, actor);
        members.forEach(member -> left(member, GroupMemberLeft.DISMISSED, by.user(), now));
        dismissed = true;
        record(new GroupDismissed(UUID.randomUUID(), at(now), id.value(), by.user().value()));
    }

    /**
     * A member's account was deleted: the membership ends, and the group no longer names the user as its notice's
     * poster. A group the member created passes to the successor (its longest-standing manager, else member), or
     * without one is dismissed.
     *
     * @return the successor as the creator it now is, when the group passes to one
     */
    public Optional<Membership> memberDeleted(@Nullable Membership departed, @Nullable Membership successor,
            Instant now) {
        forgetNoticePoster(departed == null ? null : departed.user());
        if (departed == null) {
            return Optional.empty();
        }
        left(departed.user(), GroupMemberLeft.ACCOUNT_DELETED, departed.user(), now);
        if (departed.role() != RoleLevel.CREATOR) {
            return Optional.empty();
        }
        if (successor == null) {
            dismissed = true;
            record(new GroupDismissed(UUID.randomUUID(), at(now), id.value(), departed.user().value()));
            return Optional.empty();
        }
        creator = successor.user();
        record(new GroupOwnershipTransferred(UUID.randomUUID(), at(now), id.value(), departed.user().value(),
                successor.user().value()));
        return Optional.of(inRole(successor, RoleLevel.CREATOR, departed.user(), now));
    }

    /**
     * A deleted account is no longer named as the poster of the group's notice; the notice stays.
     *
     * @return whether the group named it
     */
    public boolean forgetNoticePoster(@Nullable UserId deleted) {
        if (deleted == null || !deleted.equals(noticePoster)) {
            return false;
        }
        noticePoster = null;
        return true;
    }

    /** A role above a plain member's comes without a mute: one the member held is lifted, and says so. */
    private Membership inRole(Membership target, RoleLevel role, UserId by, Instant now) {
        Membership changed = target.withRole(role);
        if (target.isMuted() && !changed.isMuted()) {
            recordMute(target.user(), null, by, now);
        }
        return changed;
    }

    private void recordMute(@Nullable UserId member, @Nullable Instant until, UserId by, Instant now) {
        record(new GroupMemberMuted(UUID.randomUUID(), at(now), id.value(), member == null ? 0 : member.value(),
                until == null ? 0 : until.getEpochSecond(), by.value()));
    }

    private void left(UserId member, String reason, UserId by, Instant now) {
        memberCount--;
        record(new GroupMemberLeft(UUID.randomUUID(), at(now), id.value(), member.value(), reason, by.value()));
    }

    private static long at(Instant now) {
        return storable(now).getEpochSecond();
    }

    /** Who posted the group's current notice, or {@code null} while none was posted or its poster is gone. */
    public @Nullable UserId noticePosterId() {
        return noticePoster;
    }
}
