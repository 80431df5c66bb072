package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Tables.MEMBERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /** Creator, then managers, then members, each in joining order: the order of the index that serves it. */
    @Override
    public List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after) {
        return dsl.selectFrom(MEMBERS)
                .where(MEMBERS.GROUP_ID.eq(group.value()))
                .and(after == null ? DSL.noCondition() : after(after))
                .orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID)
                .limit(limit)
                .fetch(row -> new Member(row.getId(), toMembership(row), row.getMuteUntil()));
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

    private static Condition after(MemberCursor cursor) {
        short role = (short) cursor.role().code();
        return MEMBERS.ROLE_LEVEL.lt(role).or(MEMBERS.ROLE_LEVEL.eq(role).and(MEMBERS.ID.gt(cursor.id())));
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
