package io.hichat.group.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.hichat.shared.domain.Instants;
import io.hichat.shared.domain.WebUrl;

/**
 * A chat group. A new one needs verification to join and is of type 1, as the API document's groups are; its
 * creator is its first member.
 */
@AggregateRoot
public final class Group {

    static final int ORDINARY = 1;
    static final long NO_NOTICE = 0;

    @Identity
    private final GroupId id;
    private final GroupName name;
    private final WebUrl icon;
    private final UserId creator;
    private final int type;
    private final boolean needsVerification;
    private final long notice;
    private final Instant createdAt;

    private Group(GroupId id, GroupName name, WebUrl icon, UserId creator, int type, boolean needsVerification,
            long notice, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.icon = icon;
        this.creator = creator;
        this.type = type;
        this.needsVerification = needsVerification;
        this.notice = notice;
        this.createdAt = createdAt;
    }

    public static Group create(GroupId id, GroupName name, WebUrl icon, UserId creator, Instant now) {
        return new Group(id, name, icon, creator, ORDINARY, true, NO_NOTICE, Instants.storable(now));
    }

    public static Group reconstitute(GroupId id, GroupName name, WebUrl icon, UserId creator, int type,
            boolean needsVerification, long notice, Instant createdAt) {
        return new Group(id, name, icon, creator, type, needsVerification, notice, createdAt);
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

    /** The id of the group's current notice, 0 while none was posted. */
    public long getNotice() {
        return notice;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
