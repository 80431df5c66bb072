package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Sequences.JOIN_REQUEST_ID_SEQ;
import static io.hichat.db.groups.Tables.JOIN_REQUESTS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.groups.tables.records.JoinRequestsRecord;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

@Component
record JooqJoinRequestRepository(DSLContext dsl) implements LoadJoinRequestPort, SaveJoinRequestPort {

    /** The values of the {@code handle_result} column. */
    private static final Codes<JoinResult> STORED_RESULTS = Codes.of(JoinResult.class, Map.of(JoinResult.PENDING, 0,
            JoinResult.APPROVED, 1, JoinResult.REFUSED, 2));
    /** The values of the {@code join_source} column. */
    private static final Codes<JoinSource> STORED_SOURCES = Codes.of(JoinSource.class, Map.of(JoinSource.APPLIED, 1,
            JoinSource.INVITED, 2));
    private static final short PENDING = stored(JoinResult.PENDING);
    /** Columns for "nobody": an id of 0, as the API shows it. */
    private static final long NOBODY = 0;

    @Override
    public Optional<JoinRequest> findById(JoinRequestId id) {
        return dsl.selectFrom(JOIN_REQUESTS).where(JOIN_REQUESTS.ID.eq(id.value()))
                .fetchOptional(JooqJoinRequestRepository::toRequest);
    }

    @Override
    public Optional<JoinRequest> findPending(GroupId group, UserId applicant) {
        return dsl.selectFrom(JOIN_REQUESTS)
                .where(JOIN_REQUESTS.GROUP_ID.eq(group.value()))
                .and(JOIN_REQUESTS.APPLICANT_ID.eq(applicant.value()))
                .and(JOIN_REQUESTS.HANDLE_RESULT.eq(PENDING))
                .fetchOptional(JooqJoinRequestRepository::toRequest);
    }

    @Override
    public List<JoinRequest> listOfApplicant(UserId applicant, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only) {
        return list(JOIN_REQUESTS.APPLICANT_ID.eq(applicant.value()), results, limit, before, only);
    }

    @Override
    public List<JoinRequest> listOfGroup(GroupId group, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only) {
        return list(JOIN_REQUESTS.GROUP_ID.eq(group.value()), results, limit, before, only);
    }

    private List<JoinRequest> list(Condition whose, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only) {
        Condition withResult = results.isEmpty() ? DSL.noCondition()
                : JOIN_REQUESTS.HANDLE_RESULT.in(results.stream().map(JooqJoinRequestRepository::stored).toList());
        Condition older = before == null ? DSL.noCondition() : JOIN_REQUESTS.ID.lt(before.value());
        return dsl.selectFrom(JOIN_REQUESTS)
                .where(whose, withResult, older, only == null ? DSL.noCondition() : JOIN_REQUESTS.ID.in(only))
                .orderBy(JOIN_REQUESTS.ID.desc())
                .limit(limit)
                .fetch(JooqJoinRequestRepository::toRequest);
    }

    @Override
    public JoinRequestId nextJoinRequestId() {
        return new JoinRequestId(dsl.nextval(JOIN_REQUEST_ID_SEQ));
    }

    /** The pending-per-group-and-user unique index decides between simultaneous requests; the losers insert nothing. */
    @Override
    public boolean addIfNonePending(JoinRequest request) {
        return dsl.insertInto(JOIN_REQUESTS)
                .set(JOIN_REQUESTS.ID, request.getId().value())
                .set(JOIN_REQUESTS.GROUP_ID, request.getGroup().value())
                .set(JOIN_REQUESTS.APPLICANT_ID, request.getApplicant().value())
                .set(JOIN_REQUESTS.MESSAGE, request.getMessage().value())
                .set(JOIN_REQUESTS.JOIN_SOURCE, (short) STORED_SOURCES.code(request.getSource()))
                .set(JOIN_REQUESTS.INVITER_ID, idOrNobody(request.getInviter()))
                .set(JOIN_REQUESTS.REQUESTED_AT, request.getRequestedAt())
                .set(JOIN_REQUESTS.HANDLE_RESULT, stored(request.getResult()))
                .set(JOIN_REQUESTS.HANDLER_ID, idOrNobody(request.getHandler()))
                .set(JOIN_REQUESTS.HANDLED_AT, request.getHandledAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean saveIfStillPending(JoinRequest handled) {
        return dsl.update(JOIN_REQUESTS)
                .set(JOIN_REQUESTS.HANDLE_RESULT, stored(handled.getResult()))
                .set(JOIN_REQUESTS.HANDLER_ID, idOrNobody(handled.getHandler()))
                .set(JOIN_REQUESTS.HANDLED_AT, handled.getHandledAt())
                .where(JOIN_REQUESTS.ID.eq(handled.getId().value()))
                .and(JOIN_REQUESTS.HANDLE_RESULT.eq(PENDING))
                .execute() == 1;
    }

    private static short stored(JoinResult result) {
        return (short) STORED_RESULTS.code(result);
    }

    private static long idOrNobody(@Nullable UserId user) {
        return user == null ? NOBODY : user.value();
    }

    private static @Nullable UserId userOrNobody(long id) {
        return id == NOBODY ? null : new UserId(id);
    }

    private static JoinRequest toRequest(JoinRequestsRecord row) {
        return JoinRequest.reconstitute(new JoinRequestId(row.getId()), new GroupId(row.getGroupId()),
                new UserId(row.getApplicantId()), new RequestMessage(row.getMessage()),
                STORED_SOURCES.valueOf(row.getJoinSource()), userOrNobody(row.getInviterId()),
                row.getRequestedAt(), STORED_RESULTS.valueOf(row.getHandleResult()),
                userOrNobody(row.getHandlerId()), row.getHandledAt());
    }

    @Override
    public List<GroupId> groupIdsAppliedToBy(UserId applicant) {
        return dsl.selectDistinct(JOIN_REQUESTS.GROUP_ID).from(JOIN_REQUESTS)
                .where(JOIN_REQUESTS.APPLICANT_ID.eq(applicant.value()))
                .fetch(row -> new GroupId(row.value1()));
    }

    @Override
    public int removeRequestsOf(GroupId group, UserId applicant) {
        return dsl.deleteFrom(JOIN_REQUESTS)
                .where(JOIN_REQUESTS.APPLICANT_ID.eq(applicant.value()).and(JOIN_REQUESTS.GROUP_ID.eq(group.value())))
                .execute();
    }

    @Override
    public void forgetReferencesTo(GroupId group, UserId user) {
        dsl.update(JOIN_REQUESTS)
                .set(JOIN_REQUESTS.INVITER_ID, DSL.when(JOIN_REQUESTS.INVITER_ID.eq(user.value()), NOBODY)
                        .otherwise(JOIN_REQUESTS.INVITER_ID))
                .set(JOIN_REQUESTS.HANDLER_ID, DSL.when(JOIN_REQUESTS.HANDLER_ID.eq(user.value()), NOBODY)
                        .otherwise(JOIN_REQUESTS.HANDLER_ID))
                .where(JOIN_REQUESTS.GROUP_ID.eq(group.value()))
                .and(JOIN_REQUESTS.INVITER_ID.eq(user.value()).or(JOIN_REQUESTS.HANDLER_ID.eq(user.value())))
                .execute();
    }
}
