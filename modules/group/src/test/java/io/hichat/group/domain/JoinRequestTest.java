package io.hichat.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.group.events.GroupJoinRequestRefused;
import io.hichat.group.events.GroupJoinRequested;
import io.hichat.shared.domain.Invalid;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

class JoinRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");
    private static final UserId CREATOR = new UserId(1);
    private static final UserId APPLICANT = new UserId(2);
    private static final UserId MEMBER = new UserId(3);
    private static final GroupId GROUP = new GroupId(13);
    private static final Group VERIFIED = Group.create(GROUP, new GroupName("rust开发交流群"), WebUrl.NONE,
            CREATOR, 2000, NOW);
    private static final Group OPEN = Group.reconstitute(GROUP, new GroupName("open"), WebUrl.NONE, CREATOR,
            1, false, GroupNotice.NONE, null, null, null, 1, 2000, NOW);

    private static Membership creator() {
        return Membership.creatorOf(VERIFIED);
    }

    private static Membership plainMember() {
        return Membership.member(GROUP, MEMBER, CREATOR, NOW);
    }

    /** A pending application, its own event pulled. */
    private static JoinRequest application() {
        JoinRequest request = asking(VERIFIED, "hi", JoinSource.APPLIED, null);
        request.pullEvents();
        return request;
    }

    /** The applicant accepted an invitation from the given member into the group. */
    private static JoinRequest acceptedInvitation(Membership inviter, Group group) {
        Invitation invitation = Invitation.send(new InvitationId(5), GROUP, inviter, APPLICANT, false,
                Duration.ofDays(7), NOW);
        return JoinRequest.accepted(new JoinRequestId(8), invitation, group, inviter, NOW);
    }

    /** The request's one event: request 8 of the applicant (2) waits in the group (13), naming {@code inviter}. */
    private static void assertOnlyEventSaysItWaits(JoinRequest request, long inviter) {
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(GroupJoinRequested.class,
                requested -> assertThat(requested).usingRecursiveComparison().ignoringFields("eventId")
                        .isEqualTo(new GroupJoinRequested(null, NOW.getEpochSecond(), 8, 13, 2, inviter)));
    }

    /** The applicant asks to join the group, saying how it came and who it claims invited it. */
    private static JoinRequest asking(Group group, String message, JoinSource source, @Nullable UserId inviter) {
        return JoinRequest.ask(new JoinRequestId(8), group, APPLICANT, RequestMessage.of(message), source, inviter,
                NOW);
    }

    /** The request's one event: request 8 admitted the applicant (2) to the group (13), invited by {@code inviter}. */
    private static void assertOnlyEventAdmitsTheApplicant(JoinRequest request, long inviter) {
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(GroupJoinRequestApproved.class,
                approved -> assertThat(approved).usingRecursiveComparison().ignoringFields("eventId")
                        .isEqualTo(new GroupJoinRequestApproved(null, NOW.getEpochSecond(), 8, 13, 2, inviter)));
    }

    @Test
    void aNewGroupNeedsVerificationAndItsCreatorIsItsFirstAdmin() {
        assertThat(VERIFIED.isNeedsVerification()).isTrue();
        assertThat(VERIFIED.getType()).isEqualTo(1);
        assertThat(VERIFIED.noticePosterId()).isNull();
        assertThat(creator().role()).isEqualTo(RoleLevel.CREATOR);
        assertThat(GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(GROUP, creator())).isTrue();
        assertThat(GroupAction.DECIDE_JOIN_REQUESTS.isAllowed(GROUP, plainMember())).isFalse();
    }

    @Test
    void anApplicationWaitsAndSaysItWaits() {
        JoinRequest request = asking(VERIFIED, "hi", JoinSource.APPLIED, null);

        assertThat(request.isPending()).isTrue();
        assertOnlyEventSaysItWaits(request, 0);
    }

    @Test
    void claimedInvitationDoesNotAdmit() {
        JoinRequest request = asking(VERIFIED, "hi", JoinSource.INVITED, CREATOR);

        assertThat(request.isPending()).isTrue();
        assertThat(request.getInviter()).as("the claim is kept for the admins").isEqualTo(CREATOR);
        assertOnlyEventSaysItWaits(request, 1);
    }

    @Test
    void anApplicationNamesNoInviterWhateverItSends() {
        JoinRequest request = asking(VERIFIED, "", JoinSource.APPLIED, MEMBER);

        assertThat(request.getInviter()).isNull();
    }

    @Test
    void aGroupWithoutVerificationAdmitsAtOnceAsSelfInvited() {
        JoinRequest request = asking(OPEN, "", JoinSource.INVITED, CREATOR);

        assertThat(request.getResult()).isEqualTo(JoinResult.APPROVED);
        assertThat(request.getHandler()).isNull();
        assertOnlyEventAdmitsTheApplicant(request, 2);
    }

    @Test
    void anAcceptedAdminsInvitationAdmitsAtOnce() {
        JoinRequest request = acceptedInvitation(creator(), VERIFIED);

        assertThat(request.getResult()).isEqualTo(JoinResult.APPROVED);
        assertThat(request.getHandler()).isEqualTo(CREATOR);
        assertOnlyEventAdmitsTheApplicant(request, 1);
    }

    @Test
    void anAcceptedPlainMembersInvitationWaitsForAnAdmin() {
        JoinRequest request = acceptedInvitation(plainMember(), VERIFIED);

        assertThat(request.isPending()).isTrue();
        assertThat(request.getSource()).isEqualTo(JoinSource.INVITED);
        assertThat(request.getInviter()).isEqualTo(MEMBER);
        assertOnlyEventSaysItWaits(request, 3);
    }

    @Test
    void anAcceptedPlainMembersInvitationIntoAGroupWithoutVerificationAdmitsNamingTheMember() {
        JoinRequest request = acceptedInvitation(plainMember(), OPEN);

        assertThat(request.getResult()).isEqualTo(JoinResult.APPROVED);
        assertThat(request.getHandler()).isNull();
        assertOnlyEventAdmitsTheApplicant(request, 3);
    }

    @Test
    void anApprovedMemberInvitationKeepsItsInviter() {
        JoinRequest request = acceptedInvitation(plainMember(), VERIFIED);
        request.pullEvents();

        request.approve(creator(), NOW);

        assertOnlyEventAdmitsTheApplicant(request, 3);
    }

    @Test
    void anAdminApprovesOnceAndRecordsTheApproval() {
        JoinRequest request = application();

        request.approve(creator(), NOW);

        assertThat(request.getResult()).isEqualTo(JoinResult.APPROVED);
        assertThat(request.getHandler()).isEqualTo(CREATOR);
        assertThat(request.getHandledAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123456Z"));
        assertThat(request.pullEvents()).hasSize(1);
        assertThatThrownBy(() -> request.approve(creator(), NOW)).isInstanceOf(JoinRequestAlreadyHandled.class);
    }

    @Test
    void onlyAnAdminOfTheRequestsGroupDecides() {
        JoinRequest request = application();
        Membership creatorElsewhere = new Membership(new GroupId(99), CREATOR, RoleLevel.CREATOR, CREATOR, NOW,
                null);

        assertThatThrownBy(() -> request.approve(plainMember(), NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> request.refuse(null, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThatThrownBy(() -> request.approve(creatorElsewhere, NOW)).isInstanceOf(NotAllowedInGroup.class);
        assertThat(request.isPending()).isTrue();
    }

    @Test
    void anOutsiderIsToldNoBeforeBeingToldItIsHandled() {
        JoinRequest request = application();
        request.refuse(creator(), NOW);

        assertThatThrownBy(() -> request.approve(plainMember(), NOW)).isInstanceOf(NotAllowedInGroup.class);
    }

    @Test
    void aRefusalSaysWhoRefused() {
        JoinRequest request = application();

        request.decide(JoinResult.REFUSED, creator().group(), creator(), NOW);

        assertThat(request.getResult()).isEqualTo(JoinResult.REFUSED);
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(GroupJoinRequestRefused.class,
                refused -> assertThat(refused).usingRecursiveComparison().ignoringFields("eventId")
                        .isEqualTo(new GroupJoinRequestRefused(null, NOW.getEpochSecond(), 8, 13, 2, 1)));
        assertThatThrownBy(() -> application().decide(JoinResult.PENDING, creator().group(), creator(), NOW))
                .isInstanceOf(InvalidGroupRequest.class);
    }

    @Test
    void aDecisionOnBehalfOfAnotherGroupIsRefused() {
        JoinRequest request = application();

        assertThatThrownBy(() -> request.decide(JoinResult.APPROVED, new GroupId(99), creator(), NOW))
                .isInstanceOf(InvalidGroupRequest.class).hasMessageContaining("is not a request to group 99");
        assertThat(request.isPending()).isTrue();
    }

    @Test
    void anAdminsInvitationOfAWaitingApplicantApprovesAndAPlainMembersAddsNothing() {
        JoinRequest waiting = application();

        assertThat(waiting.invitedBy(plainMember(), NOW)).isFalse();
        assertThat(waiting.isPending()).isTrue();
        assertThat(waiting.invitedBy(creator(), NOW)).isTrue();
        assertThat(waiting.getResult()).isEqualTo(JoinResult.APPROVED);
    }

    @Test
    void valuesKeepTheirRules() {
        assertThatThrownBy(() -> GroupName.of(" ")).hasMessage("name is required");
        assertThatThrownBy(() -> GroupName.of("群".repeat(65))).hasMessageContaining("64");
        assertThatThrownBy(() -> WebUrl.of("icon", "ftp://example.com/a.png")).isInstanceOf(Invalid.class);
        assertThat(WebUrl.NONE.value()).isEmpty();
        assertThatThrownBy(() -> RequestMessage.of("话".repeat(256))).hasMessageContaining("255");
        assertThatThrownBy(() -> new GroupId(0)).isInstanceOf(InvalidGroupRequest.class);
    }
}
