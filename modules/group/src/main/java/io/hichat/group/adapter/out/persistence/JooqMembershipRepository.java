package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Tables.MEMBERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.groups.tables.records.MembersRecord;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.RoleLevel;
import io.hichat.group.domain.UserId;

@Component
record JooqMembershipRepository(DSLContext dsl) implements LoadMembershipPort, SaveMembershipPort {

    @Override
    public Optional<Membership> find(GroupId group, UserId user) {
        return dsl.selectFrom(MEMBERS)
                .where(MEMBERS.GROUP_ID.eq(group.value()).and(MEMBERS.USER_ID.eq(user.value())))
                .fetchOptional(JooqMembershipRepository::toMembership);
    }

    /**
     * Creator, then managers, then members, each in joining order: the order of the index that serves it. A page after
     * a cursor is the rest of the cursor's role and then the lower roles, each read as its own range of that index:
     * one condition joining them with OR would read, and sort, every row after the cursor, so a page near the top of
     * a large group would cost more than one near its end.
     */
    @Override
    public List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after) {
        Condition inGroup = MEMBERS.GROUP_ID.eq(group.value());
        if (after == null) {
            return dsl.selectFrom(MEMBERS).where(inGroup).orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID).limit(limit)
                    .fetch(JooqMembershipRepository::toMember);
        }
        short role = (short) after.role().code();
        return dsl.selectFrom(MEMBERS)
                .where(inGroup.and(MEMBERS.ROLE_LEVEL.eq(role)).and(MEMBERS.ID.gt(after.id())))
                .orderBy(MEMBERS.ID).limit(limit)
                .unionAll(dsl.selectFrom(MEMBERS)
                        .where(inGroup.and(MEMBERS.ROLE_LEVEL.lt(role)))
                        .orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID).limit(limit))
                .orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID)
                .limit(limit)
                .fetch(JooqMembershipRepository::toMember);
    }

    @Override
    public List<UserId> memberIds(GroupId group) {
        return dsl.select(MEMBERS.USER_ID).from(MEMBERS).where(MEMBERS.GROUP_ID.eq(group.value()))
                .orderBy(MEMBERS.ID)
                .fetch(row -> new UserId(row.value1()));
    }

    @Override
    public boolean remove(GroupId group, UserId user) {
        return dsl.deleteFrom(MEMBERS)
                .where(MEMBERS.GROUP_ID.eq(group.value()).and(MEMBERS.USER_ID.eq(user.value())))
                .execute() == 1;
    }

    @Override
    public void saveRole(Membership membership) {
        dsl.update(MEMBERS)
                .set(MEMBERS.ROLE_LEVEL, (short) membership.role().code())
                .where(MEMBERS.GROUP_ID.eq(membership.group().value()).and(MEMBERS.USER_ID.eq(
                        membership.user().value())))
                .execute();
    }

    @Override
    public void muteUntil(GroupId group, UserId user, @Nullable Instant until) {
        dsl.update(MEMBERS)
                .set(MEMBERS.MUTE_UNTIL, until)
                .where(MEMBERS.GROUP_ID.eq(group.value()).and(MEMBERS.USER_ID.eq(user.value())))
                .execute();
    }

    /** The one-membership-per-group-and-user constraint makes a repeat, concurrent or not, insert nothing. */
    @Override
    public boolean addIfAbsent(Membership membership) {
        return dsl.insertInto(MEMBERS)
                .set(MEMBERS.GROUP_ID, membership.group().value())
                .set(MEMBERS.USER_ID, membership.user().value())
                .set(MEMBERS.ROLE_LEVEL, (short) membership.role().code())
                .set(MEMBERS.INVITER_ID, membership.inviter().value())
                .set(MEMBERS.JOINED_AT, membership.joinedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    private static Member toMember(MembersRecord row) {
        return new Member(row.getId(), toMembership(row), row.getMuteUntil());
    }

    private static Membership toMembership(MembersRecord row) {
        return new Membership(new GroupId(row.getGroupId()), new UserId(row.getUserId()),
                RoleLevel.fromCode(row.getRoleLevel()), new UserId(row.getInviterId()), row.getJoinedAt());
    }

    @Override
    public List<GroupId> groupIdsOf(UserId member) {
        return dsl.select(MEMBERS.GROUP_ID).from(MEMBERS).where(MEMBERS.USER_ID.eq(member.value()))
                .orderBy(MEMBERS.GROUP_ID)
                .fetch(row -> new GroupId(row.value1()));
    }

    /** Members' ids grow in the order they joined, so the smallest is the longest-standing (members_in_list_order). */
    @Override
    public Optional<Membership> successorOf(GroupId group, UserId leaving) {
        return dsl.selectFrom(MEMBERS)
                .where(MEMBERS.GROUP_ID.eq(group.value()).and(MEMBERS.USER_ID.ne(leaving.value())))
                .orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID)
                .limit(1)
                .fetchOptional(JooqMembershipRepository::toMembership);
    }
}
