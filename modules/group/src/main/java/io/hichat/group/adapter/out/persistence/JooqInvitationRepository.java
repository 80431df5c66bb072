package io.hichat.group.adapter.out.persistence;

import static io.hichat.db.groups.Sequences.INVITATION_ID_SEQ;
import static io.hichat.db.groups.Tables.INVITATIONS;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.hichat.db.AdvisoryLocks;
import io.hichat.db.groups.tables.records.InvitationsRecord;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.UserId;

@Component
record JooqInvitationRepository(DSLContext dsl) implements LoadInvitationPort, SaveInvitationPort {

    /** The values of the {@code state} column. */
    private static final Codes<InvitationState> STORED_STATES = Codes.of(InvitationState.class, Map.of(
            InvitationState.PENDING, 0, InvitationState.ACCEPTED, 1, InvitationState.DECLINED, 2,
            InvitationState.CANCELLED, 3, InvitationState.EXPIRED, 4));
    private static final short PENDING = stored(InvitationState.PENDING);
    /** The inviter column's "nobody": an id of 0, as the API shows it. */
    private static final long NOBODY = 0;
    /** The kind half of the expiry round's advisory lock, which keeps it apart from any other. */
    private static final int EXPIRY_ROUND = 0x67696e76;

    @Override
    public Optional<Invitation> findById(InvitationId id) {
        return dsl.selectFrom(INVITATIONS).where(INVITATIONS.ID.eq(id.value()))
                .fetchOptional(JooqInvitationRepository::toInvitation);
    }

    @Override
    public Optional<Invitation> findPendingInvitation(GroupId group, UserId invitee) {
        return dsl.selectFrom(INVITATIONS)
                .where(INVITATIONS.GROUP_ID.eq(group.value()))
                .and(INVITATIONS.INVITEE_ID.eq(invitee.value()))
                .and(INVITATIONS.STATE.eq(PENDING))
                .fetchOptional(JooqInvitationRepository::toInvitation);
    }

    @Override
    public List<Invitation> listOfInvitee(UserId invitee, Set<InvitationState> states, int limit,
            @Nullable InvitationId before, @Nullable Collection<Long> only) {
        return dsl.selectFrom(INVITATIONS)
                .where(INVITATIONS.INVITEE_ID.eq(invitee.value()))
                .and(states.isEmpty() ? DSL.noCondition()
                        : INVITATIONS.STATE.in(states.stream().map(JooqInvitationRepository::stored).toList()))
                .and(before == null ? DSL.noCondition() : INVITATIONS.ID.lt(before.value()))
                .and(only == null ? DSL.noCondition() : INVITATIONS.ID.in(only))
                .orderBy(INVITATIONS.ID.desc())
                .limit(limit)
                .fetch(JooqInvitationRepository::toInvitation);
    }

    @Override
    public List<Invitation> pendingInto(GroupId group) {
        return dsl.selectFrom(INVITATIONS)
                .where(INVITATIONS.GROUP_ID.eq(group.value()))
                .and(INVITATIONS.STATE.eq(PENDING))
                .fetch(JooqInvitationRepository::toInvitation);
    }

    @Override
    public List<Invitation> pendingDueBy(Instant now, int limit) {
        return dsl.selectFrom(INVITATIONS)
                .where(INVITATIONS.STATE.eq(PENDING))
                .and(INVITATIONS.EXPIRES_AT.le(now))
                .orderBy(INVITATIONS.EXPIRES_AT)
                .limit(limit)
                .fetch(JooqInvitationRepository::toInvitation);
    }

    @Override
    public List<GroupId> groupIdsInvitingOrInvitedBy(UserId user) {
        return dsl.selectDistinct(INVITATIONS.GROUP_ID).from(INVITATIONS)
                .where(INVITATIONS.INVITEE_ID.eq(user.value()).or(INVITATIONS.INVITER_ID.eq(user.value())))
                .fetch(row -> new GroupId(row.value1()));
    }

    @Override
    public InvitationId nextInvitationId() {
        return new InvitationId(dsl.nextval(INVITATION_ID_SEQ));
    }

    /** The pending-per-group-and-invitee unique index decides between simultaneous invitations. */
    @Override
    public boolean addIfNonePending(Invitation invitation) {
        return dsl.insertInto(INVITATIONS)
                .set(INVITATIONS.ID, invitation.getId().value())
                .set(INVITATIONS.GROUP_ID, invitation.getGroup().value())
                .set(INVITATIONS.INVITEE_ID, invitation.getInvitee().value())
                .set(INVITATIONS.INVITER_ID, idOrNobody(invitation.getInviter()))
                .set(INVITATIONS.SENT_AT, invitation.getSentAt())
                .set(INVITATIONS.EXPIRES_AT, invitation.getExpiresAt())
                .set(INVITATIONS.STATE, stored(invitation.getState()))
                .set(INVITATIONS.ANSWERED_AT, invitation.getAnsweredAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean saveIfStillPending(Invitation ended) {
        return dsl.update(INVITATIONS)
                .set(INVITATIONS.STATE, stored(ended.getState()))
                .set(INVITATIONS.ANSWERED_AT, ended.getAnsweredAt())
                .where(INVITATIONS.ID.eq(ended.getId().value()))
                .and(INVITATIONS.STATE.eq(PENDING))
                .execute() == 1;
    }

    @Override
    public boolean takeExpiryRound() {
        return AdvisoryLocks.tryLockForTransaction(dsl, EXPIRY_ROUND);
    }

    @Override
    public void forgetUser(UserId user) {
        dsl.deleteFrom(INVITATIONS).where(INVITATIONS.INVITEE_ID.eq(user.value())).execute();
        dsl.update(INVITATIONS).set(INVITATIONS.INVITER_ID, NOBODY)
                .where(INVITATIONS.INVITER_ID.eq(user.value()))
                .execute();
    }

    private static short stored(InvitationState state) {
        return (short) STORED_STATES.code(state);
    }

    private static long idOrNobody(@Nullable UserId user) {
        return user == null ? NOBODY : user.value();
    }

    private static Invitation toInvitation(InvitationsRecord row) {
        return Invitation.reconstitute(new InvitationId(row.getId()), new GroupId(row.getGroupId()),
                new UserId(row.getInviteeId()), row.getInviterId() == NOBODY ? null : new UserId(row.getInviterId()),
                row.getSentAt(), row.getExpiresAt(), STORED_STATES.valueOf(row.getState()), row.getAnsweredAt());
    }
}
