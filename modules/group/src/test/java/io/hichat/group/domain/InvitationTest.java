package io.hichat.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.hichat.group.domain.Invitation.Acceptance;
import io.hichat.group.events.GroupInvitationAnswered;
import io.hichat.group.events.GroupInvitationSent;
import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.group.events.GroupJoinRequested;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final UserId CREATOR = new UserId(1);
    private static final UserId INVITEE = new UserId(2);
    private static final UserId MEMBER = new UserId(3);
    private static final UserId STRANGER = new UserId(4);
    private static final GroupId GROUP = new GroupId(13);
    private static final Group VERIFIED = Group.create(GROUP, new GroupName("rust"), WebUrl.NONE, CREATOR, 2000,
            NOW);
    private static final Membership CREATORS_PLACE = Membership.creatorOf(VERIFIED);
    private static final Membership MEMBERS_PLACE = Membership.member(GROUP, MEMBER, CREATOR, NOW);
    /** The invitee is no member, and has not asked to join. */
    private static final InviteeStanding OUTSIDE = new InviteeStanding(null, null, null);

    /** A pending invitation of the invitee, sent by the given member, what sending it recorded pulled. */
    private static Invitation sentBy(Membership inviter) {
        Invitation invitation = Invitation.send(new InvitationId(5), GROUP, inviter, INVITEE, false, WEEK, NOW);
        invitation.pullEvents();
        return invitation;
    }

    private static Acceptance answer(Invitation invitation, InvitationAnswer answer, UserId by,
            InviteeStanding standing, Instant at) {
        return invitation.answer(answer, by, VERIFIED, standing, () -> new JoinRequestId(8), at);
    }

    private static InviteeStanding invitedBy(@Nullable Membership inviter) {
        return new InviteeStanding(null, inviter, null);
    }

    private static void assertOnlyEventEnds(Invitation invitation, String result) {
        assertThat(invitation.pullEvents()).singleElement().isInstanceOfSatisfying(GroupInvitationAnswered.class,
                answered -> assertThat(answered).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(
                        new GroupInvitationAnswered(null, NOW.getEpochSecond(), 5, 13, 2,
                                invitation.getInviter() == null ? 0 : invitation.getInviter().value(), result)));
    }

    @Test
    void aMemberInvitesAndTheInvitationWaitsAWeekSayingWhoInvitedWhom() {
        Invitation invitation = Invitation.send(new InvitationId(5), GROUP, MEMBERS_PLACE, INVITEE, false, WEEK,
                NOW);

        assertThat(invitation.isPending()).isTrue();
        assertThat(invitation.getExpiresAt()).isEqualTo(NOW.plus(WEEK));
        assertThat(invitation.pullEvents()).singleElement().isInstanceOfSatisfying(GroupInvitationSent.class,
                sent -> assertThat(sent).usingRecursiveComparison().ignoringFields("eventId")
                        .isEqualTo(new GroupInvitationSent(null, NOW.getEpochSecond(), 5, 13, 2, 3)));
    }

    @Test
    void onlyAMemberInvitesAndNotSomeoneWhoBlockedThem() {
        assertThatThrownBy(() -> Invitation.send(new InvitationId(5), GROUP, null, INVITEE, false, WEEK, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> Invitation.send(new InvitationId(5), GROUP, MEMBERS_PLACE, INVITEE, true, WEEK, NOW))
                .isInstanceOf(BlockedByInvitee.class).hasMessage("you cannot invite this user");
    }

    @Test
    void anAcceptedAdminsInvitationAdmits() {
        Invitation invitation = sentBy(CREATORS_PLACE);

        Acceptance acceptance = answer(invitation, InvitationAnswer.ACCEPT, INVITEE, invitedBy(CREATORS_PLACE), NOW);

        assertThat(invitation.getState()).isEqualTo(InvitationState.ACCEPTED);
        assertOnlyEventEnds(invitation, GroupInvitationAnswered.ACCEPTED);
        assertThat(acceptance.approved()).isNull();
        assertThat(acceptance.made()).isNotNull();
        assertThat(acceptance.made().pullEvents()).singleElement().isInstanceOfSatisfying(
                GroupJoinRequestApproved.class, approved -> assertThat(List.of(approved.joinRequestId(),
                        approved.userId(), approved.inviterId())).containsExactly(8L, 2L, 1L));
    }

    @Test
    void anAcceptedPlainMembersInvitationWaitsForAnAdmin() {
        Invitation invitation = sentBy(MEMBERS_PLACE);

        Acceptance acceptance = answer(invitation, InvitationAnswer.ACCEPT, INVITEE, invitedBy(MEMBERS_PLACE), NOW);

        assertThat(acceptance.made()).isNotNull();
        assertThat(acceptance.made().isPending()).isTrue();
        assertThat(acceptance.made().pullEvents()).singleElement().isInstanceOf(GroupJoinRequested.class);
    }

    @Test
    void anAdminWhoLeftSinceInvitingVouchesForNobody() {
        Invitation invitation = sentBy(CREATORS_PLACE);

        Acceptance acceptance = answer(invitation, InvitationAnswer.ACCEPT, INVITEE, invitedBy(null), NOW);

        assertThat(acceptance.made()).isNotNull();
        assertThat(acceptance.made().isPending()).isTrue();
    }

    @Test
    void acceptingAsAMemberAlreadyOrBesideOwnApplicationAddsNoRequest() {
        Invitation ofAMember = sentBy(CREATORS_PLACE);
        Membership inviteesPlace = Membership.member(GROUP, INVITEE, INVITEE, NOW);
        assertThat(answer(ofAMember, InvitationAnswer.ACCEPT, INVITEE,
                new InviteeStanding(inviteesPlace, CREATORS_PLACE, null), NOW)).isEqualTo(new Acceptance(null, null));

        JoinRequest application = JoinRequest.ask(new JoinRequestId(7), VERIFIED, INVITEE, RequestMessage.of("hi"),
                JoinSource.APPLIED, null, NOW);
        Acceptance byAdmin = answer(sentBy(CREATORS_PLACE), InvitationAnswer.ACCEPT, INVITEE,
                new InviteeStanding(null, CREATORS_PLACE, application), NOW);
        assertThat(byAdmin).isEqualTo(new Acceptance(null, application));
        assertThat(application.getResult()).isEqualTo(JoinResult.APPROVED);

        JoinRequest another = JoinRequest.ask(new JoinRequestId(9), VERIFIED, INVITEE, RequestMessage.of("hi"),
                JoinSource.APPLIED, null, NOW);
        assertThat(answer(sentBy(MEMBERS_PLACE), InvitationAnswer.ACCEPT, INVITEE,
                new InviteeStanding(null, MEMBERS_PLACE, another), NOW)).isEqualTo(new Acceptance(null, null));
        assertThat(another.isPending()).isTrue();
    }

    @Test
    void onlyTheInviteeAcceptsOrDeclinesAndOnlyTheInviterCancels() {
        Invitation invitation = sentBy(MEMBERS_PLACE);

        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.ACCEPT, STRANGER, OUTSIDE, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.DECLINE, MEMBER, OUTSIDE, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.CANCEL, INVITEE, OUTSIDE, NOW))
                .isInstanceOf(NotAllowedInGroup.class).hasMessageContaining("only its inviter cancels it");
        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.CANCEL, CREATOR, OUTSIDE, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThat(invitation.isPending()).isTrue();
        assertThat(invitation.pullEvents()).isEmpty();
    }

    @Test
    void aDeclineAndACancellationEachEndItAndSaySo() {
        Invitation declined = sentBy(MEMBERS_PLACE);
        answer(declined, InvitationAnswer.DECLINE, INVITEE, OUTSIDE, NOW);
        assertThat(declined.getState()).isEqualTo(InvitationState.DECLINED);
        assertOnlyEventEnds(declined, GroupInvitationAnswered.DECLINED);

        Invitation cancelled = sentBy(MEMBERS_PLACE);
        answer(cancelled, InvitationAnswer.CANCEL, MEMBER, OUTSIDE, NOW);
        assertThat(cancelled.getState()).isEqualTo(InvitationState.CANCELLED);
        assertOnlyEventEnds(cancelled, GroupInvitationAnswered.CANCELLED);
    }

    @Test
    void anEndedInvitationTakesNoSecondAnswerAndAStrangerIsToldNoFirst() {
        Invitation invitation = sentBy(MEMBERS_PLACE);
        answer(invitation, InvitationAnswer.DECLINE, INVITEE, OUTSIDE, NOW);

        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.ACCEPT, INVITEE, OUTSIDE, NOW))
                .isInstanceOf(InvitationNotPending.class).hasMessage("invitation 5 is no longer pending");
        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.ACCEPT, STRANGER, OUTSIDE, NOW))
                .isInstanceOf(NotAllowedInGroup.class);
        assertThat(invitation.getState()).isEqualTo(InvitationState.DECLINED);
    }

    @Test
    void itExpiresWhenItsTimeIsUpAndCannotBeAnsweredFromThen() {
        Invitation invitation = sentBy(MEMBERS_PLACE);
        Instant due = NOW.plus(WEEK);

        assertThat(invitation.isDue(due.minusSeconds(1))).isFalse();
        assertThat(invitation.isDue(due)).isTrue();
        assertThatThrownBy(() -> answer(invitation, InvitationAnswer.ACCEPT, INVITEE, OUTSIDE, due))
                .isInstanceOf(InvitationNotPending.class);
        assertThat(invitation.isPending()).isTrue();

        invitation.expire(NOW);
        assertThat(invitation.getState()).isEqualTo(InvitationState.EXPIRED);
        assertOnlyEventEnds(invitation, GroupInvitationAnswered.EXPIRED);
        assertThatThrownBy(() -> invitation.expire(NOW)).isInstanceOf(InvitationNotPending.class);
    }

    @Test
    void anInvitationIntoADismissedGroupCannotBeAccepted() {
        Invitation invitation = sentBy(MEMBERS_PLACE);

        assertThatThrownBy(() -> invitation.answer(InvitationAnswer.ACCEPT, INVITEE, null, OUTSIDE,
                () -> new JoinRequestId(8), NOW)).isInstanceOf(GroupNotFound.class);
    }
}
