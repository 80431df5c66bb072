package io.hichat.group.adapter.out.persistence;

import static io.hichat.testing.UserIds.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import io.hichat.testing.HttpApiTest;

/** The jOOQ adapters against PostgreSQL, constraints included. The group context refers to users by id only. */
@HttpApiTest
class GroupRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456789Z");

    @Autowired
    JooqGroupRepository groups;
    @Autowired
    JooqMembershipRepository memberships;
    @Autowired
    JooqJoinRequestRepository requests;
    @Autowired
    TransactionOperations transactions;

    /** As creating one does: the group and its creator's membership in one transaction, checked at its commit. */
    private Group aGroup(UserId creator) {
        Group group = Group.create(groups.nextGroupId(), new GroupName("rust开发交流群"),
                WebUrl.of("icon", "http://127.0.0.1:8000/hichat/social/group/102.png"), creator, 2000, NOW);
        transactions.executeWithoutResult(status -> {
            groups.add(group);
            memberships.addIfAbsent(Membership.creatorOf(group));
        });
        return group;
    }

    private JoinRequest anApplication(Group group, UserId applicant) {
        return JoinRequest.ask(requests.nextJoinRequestId(), group, applicant, RequestMessage.of("hi"),
                JoinSource.INVITED, group.getCreator(), NOW);
    }

    @Test
    void aStoredGroupLoadsBackEqualAloneOrWithOthers() {
        Group stored = aGroup(aUser());
        Group other = aGroup(aUser());

        assertThat(groups.findById(stored.getId())).hasValueSatisfying(
                loaded -> assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(stored));
        assertThat(groups.findAllById(List.of(stored.getId(), other.getId(), stored.getId(), new GroupId(
                Long.MAX_VALUE)))).extracting(Group::getId).containsExactlyInAnyOrder(stored.getId(), other.getId());
        assertThat(groups.findAllById(List.of())).isEmpty();
    }

    @Test
    void aUsersGroupsAreThoseTheyAreAMemberOfInOrder() {
        UserId user = aUser();
        Group first = aGroup(user);
        Group joined = aGroup(aUser());
        aGroup(aUser());
        memberships.addIfAbsent(Membership.member(joined.getId(), user, user, NOW));

        assertThat(groups.groupsOf(user, 10, null, null)).extracting(Group::getId)
                .containsExactly(first.getId(), joined.getId());
        assertThat(groups.groupsOf(user, 10, first.getId(), null)).extracting(Group::getId)
                .containsExactly(joined.getId());
    }

    @Test
    void aMembershipIsStoredOnceAndListedCreatorFirstThenManagersThenByJoining() {
        UserId creator = aUser();
        Group group = aGroup(creator);
        UserId early = aUser();
        UserId manager = aUser();
        UserId late = aUser();
        memberships.addIfAbsent(Membership.member(group.getId(), early, early, NOW));
        memberships.addIfAbsent(new Membership(group.getId(), manager, RoleLevel.MANAGER, creator, NOW, null));
        memberships.addIfAbsent(Membership.member(group.getId(), late, creator, NOW));

        assertThat(memberships.addIfAbsent(Membership.member(group.getId(), late, late, NOW))).isFalse();
        List<Member> all = memberships.membersOf(group.getId(), 10, null, null);
        assertThat(all).extracting(member -> member.membership().user())
                .containsExactly(creator, manager, early, late);
        assertThat(memberships.find(group.getId(), late)).hasValueSatisfying(
                membership -> assertThat(membership.inviter()).isEqualTo(creator));
        Member second = all.get(1);
        assertThat(memberships.membersOf(group.getId(), 10,
                new MemberCursor(second.membership().role(), second.id()), null))
                .extracting(member -> member.membership().user()).containsExactly(early, late);
    }

    @Test
    void aStoredRequestLoadsBackEqualWithItsUnsetFields() {
        Group group = aGroup(aUser());
        JoinRequest stored = anApplication(group, aUser());
        assertThat(requests.addIfNonePending(stored)).isTrue();

        assertThat(requests.findById(stored.getId())).hasValueSatisfying(loaded -> {
            assertThat(loaded).usingRecursiveComparison().ignoringFields("events").isEqualTo(stored);
            assertThat(loaded.getHandler()).isNull();
            assertThat(loaded.getHandledAt()).isNull();
        });
    }

    @Test
    void oneRequestWaitsPerGroupAndUserAndADecisionIsStoredOnce() {
        Group group = aGroup(aUser());
        UserId applicant = aUser();
        JoinRequest first = anApplication(group, applicant);
        requests.addIfNonePending(first);

        assertThat(requests.addIfNonePending(anApplication(group, applicant))).isFalse();
        JoinRequest approval = requests.findPending(group.getId(), applicant).orElseThrow();
        JoinRequest lateRefusal = requests.findById(first.getId()).orElseThrow();
        approval.approve(Membership.creatorOf(group), NOW);
        lateRefusal.refuse(Membership.creatorOf(group), NOW);
        assertThat(requests.saveIfStillPending(approval)).isTrue();
        assertThat(requests.saveIfStillPending(lateRefusal)).isFalse();
        assertThat(requests.findById(first.getId()).orElseThrow().getHandler()).isEqualTo(group.getCreator());
        assertThat(requests.findPending(group.getId(), applicant)).isEmpty();
    }

    @Test
    void requestsAreListedByGroupOrByApplicantNewestFirstAndFiltered() {
        Group group = aGroup(aUser());
        Group other = aGroup(aUser());
        UserId applicant = aUser();
        JoinRequest toGroup = anApplication(group, applicant);
        JoinRequest toOther = anApplication(other, applicant);
        JoinRequest someoneElse = anApplication(group, aUser());
        List.of(toGroup, toOther, someoneElse).forEach(requests::addIfNonePending);
        someoneElse.refuse(Membership.creatorOf(group), NOW);
        requests.saveIfStillPending(someoneElse);

        assertThat(requests.listOfGroup(group.getId(), Set.of(), 10, null, null)).extracting(JoinRequest::getId)
                .containsExactly(someoneElse.getId(), toGroup.getId());
        assertThat(requests.listOfGroup(group.getId(), Set.of(JoinResult.PENDING), 10, null, null))
                .extracting(JoinRequest::getId).containsExactly(toGroup.getId());
        assertThat(requests.listOfApplicant(applicant, Set.of(), 10, null, null)).extracting(JoinRequest::getId)
                .containsExactly(toOther.getId(), toGroup.getId());
        assertThat(requests.listOfApplicant(applicant, Set.of(), 10, toOther.getId(), null))
                .extracting(JoinRequest::getId).containsExactly(toGroup.getId());
    }
}
