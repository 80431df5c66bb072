package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Tables.MEMBERS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.UserId;

@Component
record JooqMembershipRepository(DSLContext dsl) implements LoadMembershipPort, SaveMembershipPort {

    /** The values of the {@code role_level} column. */
    static final Codes<RoleLevel> STORED_ROLES = Codes.of(RoleLevel.class, Map.of(RoleLevel.MEMBER, 0,
            RoleLevel.MANAGER, 1, RoleLevel.CREATOR, 2));
    /** The {@code inviter_id} of a member whose inviter's account is gone. */
    private static final long NOBODY = 0;

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
    public List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after,
            @Nullable Collection<Long> only) {
        Condition inGroup = MEMBERS.GROUP_ID.eq(group.value())
                .and(only == null ? DSL.noCondition() : MEMBERS.USER_ID.in(only));
        if (after == null) {
            return dsl.selectFrom(MEMBERS).where(inGroup).orderBy(MEMBERS.ROLE_LEVEL.desc(), MEMBERS.ID).limit(limit)
                    .fetch(JooqMembershipRepository::toMember);
        }
        short role = stored(after.role());
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
    public void save(Membership membership) {
        dsl.update(MEMBERS)
                .set(MEMBERS.ROLE_LEVEL, stored(membership.role()))
                .set(MEMBERS.MUTE_UNTIL, membership.muteUntil())
                .where(MEMBERS.GROUP_ID.eq(membership.group().value()).and(MEMBERS.USER_ID.eq(
                        membership.user().value())))
                .execute();
    }

    /** The member's own row keeps naming them: a deleted member's membership goes, in the same transaction. */
    @Override
    public void forgetInviter(GroupId group, UserId inviter) {
        dsl.update(MEMBERS)
                .set(MEMBERS.INVITER_ID, NOBODY)
                .where(MEMBERS.GROUP_ID.eq(group.value()).and(MEMBERS.INVITER_ID.eq(inviter.value())))
                .and(MEMBERS.USER_ID.ne(inviter.value()))
                .execute();
    }

    /** The one-membership-per-group-and-user constraint makes a repeat, concurrent or not, insert nothing. */
    @Override
    public boolean addIfAbsent(Membership membership) {
        return dsl.insertInto(MEMBERS)
                .set(MEMBERS.GROUP_ID, membership.group().value())
                .set(MEMBERS.USER_ID, membership.user().value())
                .set(MEMBERS.ROLE_LEVEL, stored(membership.role()))
                .set(MEMBERS.INVITER_ID, membership.inviter() == null ? NOBODY : membership.inviter().value())
                .set(MEMBERS.JOINED_AT, membership.joinedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    private static Member toMember(MembersRecord row) {
        return new Member(row.getId(), toMembership(row));
    }

    private static Membership toMembership(MembersRecord row) {
        return new Membership(new GroupId(row.getGroupId()), new UserId(row.getUserId()),
                STORED_ROLES.valueOf(row.getRoleLevel()), row.getInviterId() == NOBODY ? null
                        : new UserId(row.getInviterId()), row.getJoinedAt(), row.getMuteUntil());
    }

    static short stored(RoleLevel role) {
        return (short) STORED_ROLES.code(role);
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
