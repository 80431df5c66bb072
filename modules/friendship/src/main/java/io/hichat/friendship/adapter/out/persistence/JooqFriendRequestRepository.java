package io.hichat.friendship.adapter.out.persistence;

import static io.hichat.db.friendship.Sequences.FRIEND_REQUEST_ID_SEQ;
import static io.hichat.db.friendship.Tables.FRIEND_REQUESTS;

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

import io.hichat.db.friendship.tables.records.FriendRequestsRecord;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;

@Component
record JooqFriendRequestRepository(DSLContext dsl) implements LoadFriendRequestPort, SaveFriendRequestPort {

    /** The values of the {@code handle_result} column. */
    private static final Codes<HandleResult> STORED_RESULTS = Codes.of(HandleResult.class, Map.of(
            HandleResult.PENDING, 0, HandleResult.ACCEPTED, 1, HandleResult.REFUSED, 2, HandleResult.CANCELLED, 3));
    private static final short PENDING = stored(HandleResult.PENDING);

    @Override
    public Optional<FriendRequest> findById(FriendRequestId id) {
        return dsl.selectFrom(FRIEND_REQUESTS).where(FRIEND_REQUESTS.ID.eq(id.value()))
                .fetchOptional(JooqFriendRequestRepository::toRequest);
    }

    /** Picks the pending request between the two users, sent by either. */
    static Condition pendingBetween(UserId one, UserId other) {
        return FRIEND_REQUESTS.HANDLE_RESULT.eq(PENDING).and(sentBy(one, other).or(sentBy(other, one)));
    }

    @Override
    public List<FriendRequest> list(UserId user, RequestBox box, Set<HandleResult> results, int limit,
            @Nullable FriendRequestId before, @Nullable Collection<Long> only) {
        Condition inBox = box == RequestBox.SENT ? FRIEND_REQUESTS.APPLICANT_ID.eq(user.value())
                : FRIEND_REQUESTS.RECIPIENT_ID.eq(user.value());
        Condition withResult = results.isEmpty() ? DSL.noCondition()
                : FRIEND_REQUESTS.HANDLE_RESULT.in(results.stream().map(JooqFriendRequestRepository::stored).toList());
        Condition older = before == null ? DSL.noCondition() : FRIEND_REQUESTS.ID.lt(before.value());
        return dsl.selectFrom(FRIEND_REQUESTS)
                .where(inBox, withResult, older,
                        only == null ? DSL.noCondition() : FRIEND_REQUESTS.ID.in(only))
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
                .set(FRIEND_REQUESTS.HANDLE_RESULT, stored(request.getResult()))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean saveIfStillPending(FriendRequest handled) {
        return dsl.update(FRIEND_REQUESTS)
                .set(FRIEND_REQUESTS.HANDLE_RESULT, stored(handled.getResult()))
                .set(FRIEND_REQUESTS.HANDLED_AT, handled.getHandledAt())
                .where(FRIEND_REQUESTS.ID.eq(handled.getId().value()))
                .and(FRIEND_REQUESTS.HANDLE_RESULT.eq(PENDING))
                .execute() == 1;
    }

    private static short stored(HandleResult result) {
        return (short) STORED_RESULTS.code(result);
    }

    private static Condition sentBy(UserId applicant, UserId recipient) {
        return FRIEND_REQUESTS.APPLICANT_ID.eq(applicant.value())
                .and(FRIEND_REQUESTS.RECIPIENT_ID.eq(recipient.value()));
    }

    static FriendRequest toRequest(FriendRequestsRecord row) {
        return FriendRequest.reconstitute(new FriendRequestId(row.getId()), new UserId(row.getApplicantId()),
                new UserId(row.getRecipientId()), new RequestMessage(row.getMessage()),
                row.getRequestedAt(), STORED_RESULTS.valueOf(row.getHandleResult()), row.getHandledAt());
    }

    @Override
    public int removeRequestsOf(UserId user) {
        return dsl.deleteFrom(FRIEND_REQUESTS)
                .where(FRIEND_REQUESTS.APPLICANT_ID.eq(user.value()).or(FRIEND_REQUESTS.RECIPIENT_ID.eq(user.value())))
                .execute();
    }
}
