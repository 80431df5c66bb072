package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Sequences.FRIEND_REQUEST_ID_SEQ;
import static io.hichat.db.friendship.Tables.FRIEND_REQUESTS;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.friendship.tables.records.FriendRequestsRecord;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.domain.UserId;
import io.hichat.shared.domain.RequestMessage;

@Component
record JooqFriendRequestRepository(DSLContext dsl) implements LoadFriendRequestPort, SaveFriendRequestPort {

    private static final short PENDING = (short) HandleResult.PENDING.code();

    @Override
    public Optional<FriendRequest> findById(FriendRequestId id) {
        return dsl.selectFrom(FRIEND_REQUESTS).where(FRIEND_REQUESTS.ID.eq(id.value()))
                .fetchOptional(JooqFriendRequestRepository::toRequest);
    }

    @Override
    public Optional<FriendRequest> findPendingBetween(UserId one, UserId other) {
        return dsl.selectFrom(FRIEND_REQUESTS)
                .where(FRIEND_REQUESTS.HANDLE_RESULT.eq(PENDING))
                .and(sentBy(one, other).or(sentBy(other, one)))
                .fetchOptional(JooqFriendRequestRepository::toRequest);
    }

    @Override
    public List<FriendRequest> list(UserId user, RequestBox box, Set<HandleResult> results, int limit,
            @Nullable FriendRequestId before) {
        Condition inBox = box == RequestBox.SENT ? FRIEND_REQUESTS.APPLICANT_ID.eq(user.value())
                : FRIEND_REQUESTS.RECIPIENT_ID.eq(user.value());
        Condition withResult = results.isEmpty() ? DSL.noCondition()
                : FRIEND_REQUESTS.HANDLE_RESULT.in(results.stream().map(result -> (short) result.code()).toList());
        Condition older = before == null ? DSL.noCondition() : FRIEND_REQUESTS.ID.lt(before.value());
        return dsl.selectFrom(FRIEND_REQUESTS)
                .where(inBox, withResult, older)
                .orderBy(FRIEND_REQUESTS.ID.desc())
                .limit(limit)
                .fetch(JooqFriendRequestRepository::toRequest);
    }

    @Override
    public FriendRequestId nextId() {
        return new FriendRequestId(dsl.nextval(FRIEND_REQUEST_ID_SEQ));
    }

    /** The pending-per-pair unique index decides between simultaneous requests; the losers insert nothing. */
    @Override
    public boolean addIfNonePending(FriendRequest request) {
        return dsl.insertInto(FRIEND_REQUESTS)
                .set(FRIEND_REQUESTS.ID, request.getId().value())
                .set(FRIEND_REQUESTS.APPLICANT_ID, request.getApplicant().value())
                .set(FRIEND_REQUESTS.RECIPIENT_ID, request.getRecipient().value())
                .set(FRIEND_REQUESTS.MESSAGE, request.getMessage().value())
                .set(FRIEND_REQUESTS.REQUESTED_AT, request.getRequestedAt())
                .set(FRIEND_REQUESTS.HANDLE_RESULT, (short) request.getResult().code())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean saveIfStillPending(FriendRequest handled) {
        return dsl.update(FRIEND_REQUESTS)
                .set(FRIEND_REQUESTS.HANDLE_RESULT, (short) handled.getResult().code())
                .set(FRIEND_REQUESTS.HANDLED_AT, handled.getHandledAt())
                .where(FRIEND_REQUESTS.ID.eq(handled.getId().value()))
                .and(FRIEND_REQUESTS.HANDLE_RESULT.eq(PENDING))
                .execute() == 1;
    }

    private static Condition sentBy(UserId applicant, UserId recipient) {
        return FRIEND_REQUESTS.APPLICANT_ID.eq(applicant.value())
                .and(FRIEND_REQUESTS.RECIPIENT_ID.eq(recipient.value()));
    }

    private static FriendRequest toRequest(FriendRequestsRecord row) {
        return FriendRequest.reconstitute(new FriendRequestId(row.getId()), new UserId(row.getApplicantId()),
                new UserId(row.getRecipientId()), new RequestMessage(row.getMessage()),
                row.getRequestedAt(), HandleResult.fromCode(row.getHandleResult()), row.getHandledAt());
    }

    @Override
    public int removeRequestsOf(UserId user) {
        return dsl.deleteFrom(FRIEND_REQUESTS)
                .where(FRIEND_REQUESTS.APPLICANT_ID.eq(user.value()).or(FRIEND_REQUESTS.RECIPIENT_ID.eq(user.value())))
                .execute();
    }
}
