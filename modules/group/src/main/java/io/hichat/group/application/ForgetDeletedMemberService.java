package io.hichat.group.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ForgetDeletedMemberUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.UserId;

/**
 * One transaction that visits, in the order of their ids, every group the user belongs to, asked to join or is
 * named in as a reference, or has an invitation into (received or sent), each under its row lock as every write to a
 * group is (decision 0015): the user's requests to it go, references to the user name nobody, then the membership
 * ends, and a creator's group is handed on or dismissed. Last, with every such group locked, the invitations the user
 * received go and those they sent name nobody, so no answer to one of them runs in between. Other writes lock one
 * group at a time, so the ordered visit cannot deadlock with them, and an approval of the user's request either
 * commits first (and its membership is then removed here) or finds the request gone. What is no longer there is
 * skipped, so a repeat publishes nothing twice.
 */
@RequiredArgsConstructor
@Transactional
public class ForgetDeletedMemberService implements ForgetDeletedMemberUseCase {

    private final LoadGroupPort loadGroups;
    private final SaveGroupPort saveGroups;
    private final LoadMembershipPort loadMemberships;
    private final SaveMembershipPort saveMemberships;
    private final LoadJoinRequestPort loadRequests;
    private final SaveJoinRequestPort saveRequests;
    private final LoadInvitationPort loadInvitations;
    private final SaveInvitationPort saveInvitations;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Override
    public void forgetDeletedMember(UserId user) {
        SortedSet<GroupId> groups = new TreeSet<>(Comparator.comparingLong(GroupId::value));
        groups.addAll(loadMemberships.groupIdsOf(user));
        groups.addAll(loadRequests.groupIdsAppliedToBy(user));
        groups.addAll(loadGroups.groupIdsReferencing(user));
        groups.addAll(loadInvitations.groupIdsInvitingOrInvitedBy(user));
        Instant now = clock.instant();
        groups.forEach(id -> loadGroups.findByIdForUpdate(id).ifPresent(group -> leave(group, user, now)));
        saveInvitations.forgetUser(user);
    }

    private void leave(Group group, UserId user, Instant now) {
        saveRequests.removeRequestsOf(group.getId(), user);
        saveRequests.forgetReferencesTo(group.getId(), user);
        saveMemberships.forgetInviter(group.getId(), user);
        Membership departed = loadMemberships.find(group.getId(), user).orElse(null);
        Membership successor = departed != null && departed.role() == RoleLevel.CREATOR
                ? loadMemberships.successorOf(group.getId(), user).orElse(null)
                : null;
        boolean namedAsPoster = user.equals(group.noticePosterId());
        Optional<Membership> newCreator = group.memberDeleted(departed, successor, now);
        if (group.isDismissed()) {
            saveGroups.delete(group.getId());
        } else {
            if (departed != null) {
                saveMemberships.remove(group.getId(), user);
            }
            newCreator.ifPresent(saveMemberships::save);
            if (newCreator.isPresent() || namedAsPoster) {
                saveGroups.save(group);
            }
        }
        events.publishEventsOf(group);
    }
}
