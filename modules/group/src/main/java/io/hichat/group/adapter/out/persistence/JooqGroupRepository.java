package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Sequences.GROUP_ID_SEQ;
import static io.hichat.db.groups.Tables.CHAT_GROUPS;
import static io.hichat.db.groups.Tables.JOIN_REQUESTS;
import static io.hichat.db.groups.Tables.MEMBERS;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.groups.tables.records.ChatGroupsRecord;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.GroupNotice;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

@Component
record JooqGroupRepository(DSLContext dsl) implements LoadGroupPort, SaveGroupPort {

    /** The {@code notification_id} of a group with no notice poster. */
    private static final long NOBODY = 0;

    @Override
    public Optional<Group> findById(GroupId id) {
        return dsl.selectFrom(CHAT_GROUPS).where(CHAT_GROUPS.ID.eq(id.value()))
                .fetchOptional(JooqGroupRepository::toGroup);
    }

    @Override
    public Optional<Group> findByIdForUpdate(GroupId id) {
        return dsl.selectFrom(CHAT_GROUPS).where(CHAT_GROUPS.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqGroupRepository::toGroup);
    }

    @Override
    public List<Group> findAllById(Collection<GroupId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] values = ids.stream().map(GroupId::value).distinct().toArray(Long[]::new);
        return dsl.selectFrom(CHAT_GROUPS).where(CHAT_GROUPS.ID.eq(DSL.any(values)))
                .fetch(JooqGroupRepository::toGroup);
    }

    /** One query: the user's memberships joined to their groups, both tables of this context's schema. */
    @Override
    public List<Group> groupsOf(UserId member, int limit, @Nullable GroupId after, @Nullable Collection<Long> only) {
        return dsl.select(CHAT_GROUPS.fields())
                .from(MEMBERS).join(CHAT_GROUPS).on(CHAT_GROUPS.ID.eq(MEMBERS.GROUP_ID))
                .where(MEMBERS.USER_ID.eq(member.value()))
                .and(after == null ? DSL.noCondition() : MEMBERS.GROUP_ID.gt(after.value()))
                .and(only == null ? DSL.noCondition() : MEMBERS.GROUP_ID.in(only))
                .orderBy(MEMBERS.GROUP_ID)
                .limit(limit)
                .fetch(row -> toGroup(row.into(CHAT_GROUPS)));
    }

    /** Each branch is served by a partial index of the references that are set (V10). */
    @Override
    public List<GroupId> groupIdsReferencing(UserId user) {
        long id = user.value();
        return dsl.select(MEMBERS.GROUP_ID).from(MEMBERS)
                .where(MEMBERS.INVITER_ID.eq(id).and(MEMBERS.INVITER_ID.ne(MEMBERS.USER_ID)))
                .union(dsl.select(CHAT_GROUPS.ID).from(CHAT_GROUPS).where(CHAT_GROUPS.NOTIFICATION_ID.eq(id)))
                .union(dsl.select(JOIN_REQUESTS.GROUP_ID).from(JOIN_REQUESTS).where(JOIN_REQUESTS.INVITER_ID.eq(id)))
                .union(dsl.select(JOIN_REQUESTS.GROUP_ID).from(JOIN_REQUESTS).where(JOIN_REQUESTS.HANDLER_ID.eq(id)))
                .fetch(row -> new GroupId(row.value1()));
    }

    @Override
    public GroupId nextGroupId() {
        return new GroupId(dsl.nextval(GROUP_ID_SEQ));
    }

    @Override
    public void add(Group group) {
        dsl.insertInto(CHAT_GROUPS)
                .set(CHAT_GROUPS.ID, group.getId().value())
                .set(CHAT_GROUPS.NAME, group.getName().value())
                .set(CHAT_GROUPS.ICON, group.getIcon().value())
                .set(CHAT_GROUPS.CREATOR_ID, group.getCreator().value())
                .set(CHAT_GROUPS.GROUP_TYPE, (short) group.getType())
                .set(CHAT_GROUPS.NEEDS_VERIFICATION, group.isNeedsVerification())
                .set(CHAT_GROUPS.NOTIFICATION_ID, idOrNobody(group.noticePosterId()))
                .set(CHAT_GROUPS.MAX_MEMBERS, group.getMaxMembers())
                .set(CHAT_GROUPS.CREATED_AT, group.getCreatedAt())
                .execute();
    }

    /** The member count is the database's to keep (a trigger on members), so it is not written here. */
    @Override
    public void save(Group group) {
        dsl.update(CHAT_GROUPS)
                .set(CHAT_GROUPS.NAME, group.getName().value())
                .set(CHAT_GROUPS.ICON, group.getIcon().value())
                .set(CHAT_GROUPS.CREATOR_ID, group.getCreator().value())
                .set(CHAT_GROUPS.NEEDS_VERIFICATION, group.isNeedsVerification())
                .set(CHAT_GROUPS.NOTIFICATION, group.getNotification().value())
                .set(CHAT_GROUPS.NOTIFICATION_ID, idOrNobody(group.noticePosterId()))
                .set(CHAT_GROUPS.NOTIFICATION_AT, group.getNotificationAt())
                .set(CHAT_GROUPS.MUTE_UNTIL, group.getMuteUntil())
                .where(CHAT_GROUPS.ID.eq(group.getId().value()))
                .execute();
    }

    /** Its memberships and join requests go with it (ON DELETE CASCADE). */
    @Override
    public void delete(GroupId id) {
        dsl.deleteFrom(CHAT_GROUPS).where(CHAT_GROUPS.ID.eq(id.value())).execute();
    }

    private static long idOrNobody(@Nullable UserId user) {
        return user == null ? NOBODY : user.value();
    }

    private static Group toGroup(ChatGroupsRecord row) {
        return Group.reconstitute(new GroupId(row.getId()), new GroupName(row.getName()), new WebUrl(row.getIcon()),
                new UserId(row.getCreatorId()), row.getGroupType(), row.getNeedsVerification(),
                new GroupNotice(row.getNotification()), row.getNotificationId() == NOBODY ? null
                        : new UserId(row.getNotificationId()), row.getNotificationAt(),
                row.getMuteUntil(), row.getMemberCount(), row.getMaxMembers(), row.getCreatedAt());
    }
}
