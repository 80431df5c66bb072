package io.hichat.group.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.group.application.port.in.ForgetDeletedMemberUseCase;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.group.domain.RoleLevel;
import io.hichat.group.domain.UserId;
import io.hichat.shared.domain.DomainEventPublisher;

/**
 * One transaction that visits, in the order of their ids, every group the user belongs to or asked to join, each
 * under its row lock as every write to a group is (decision 0015): the user's requests to it go, then the
 * membership, and a creator's group is handed on or dismissed. Other writes lock one group at a time, so the
 * ordered visit cannot deadlock with them, and an approval of the user's request either commits first (and its
 * membership is then removed here) or finds the request gone. What is no longer there is skipped, so a repeat
 * publishes nothing twice.
 */
public record ForgetDeletedMemberService(LoadGroupPort loadGroups, SaveGroupPort saveGroups,
        LoadMembershipPort loadMemberships, SaveMembershipPort saveMemberships, LoadJoinRequestPort loadRequests,
        SaveJoinRequestPort saveRequests, DomainEventPublisher events, TransactionOperations transactions,
        Clock clock) implements ForgetDeletedMemberUseCase {

    @Override
    public void forgetDeletedMember(UserId user) {
        transactions.executeWithoutResult(status -> {
            SortedSet<GroupId> groups = new TreeSet<>(Comparator.comparingLong(GroupId::value));
            groups.addAll(loadMemberships.groupIdsOf(user));
            groups.addAll(loadRequests.groupIdsAppliedToBy(user));
            Instant now = clock.instant();
            groups.forEach(id -> loadGroups.findByIdForUpdate(id).ifPresent(group -> leave(group, user, now)));
        });
    }

    private void leave(Group group, UserId user, Instant now) {
        saveRequests.removeRequestsOf(group.getId(), user);
        Membership departed = loadMemberships.find(group.getId(), user).orElse(null);
        if (departed == null) {
            return;
        }
        Membership successor = departed.role() == RoleLevel.CREATOR
                ? loadMemberships.successorOf(group.getId(), user).orElse(null)
                : null;
        if (group.memberDeleted(departed, successor, now)) {
            saveMemberships.remove(group.getId(), user);
            if (successor != null) {
                saveMemberships.saveRole(successor.withRole(RoleLevel.CREATOR));
                saveGroups.save(group);
            }
        } else {
            saveGroups.delete(group.getId());
        }
        events.publishEventsOf(group);
    }
}
