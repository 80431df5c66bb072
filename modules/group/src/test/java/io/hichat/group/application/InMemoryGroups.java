package io.hichat.group.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import io.hichat.group.application.port.in.AddMemberCommand;
import io.hichat.group.application.port.out.HoldUsersPort;
import io.hichat.group.application.port.out.LoadBlocksPort;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadJoinRequestPort;
import io.hichat.group.application.port.out.LoadMembershipPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.application.port.out.LockMembershipPort;
import io.hichat.group.application.port.out.SaveGroupPort;
import io.hichat.group.application.port.out.SaveInvitationPort;
import io.hichat.group.application.port.out.SaveJoinRequestPort;
import io.hichat.group.application.port.out.SaveMembershipPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.group.domain.JoinRequest;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.Member;
import io.hichat.group.domain.MemberCursor;
import io.hichat.group.domain.Membership;
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupJoinRequestApproved;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;

/**
 * The group context's outgoing ports in memory. Published approvals go straight to an add-member service and
 * dismissals to the invitations' expiry, as the in-transaction listeners do in the application; every call of a port
 * is counted.
 */
final class InMemoryGroups implements LoadGroupPort, SaveGroupPort, LoadMembershipPort, SaveMembershipPort,
        LoadJoinRequestPort, SaveJoinRequestPort, LoadUserCardsPort, HoldUsersPort, DomainEventPublisher,
        LockMembershipPort, LoadInvitationPort, SaveInvitationPort, LoadBlocksPort {

    /** The places (group and user) locked so far; there are no transactions here to release them. */
    final Set<List<Object>> lockedMemberships = new HashSet<>();
    /** The groups whose row was locked, in the order they were. */
    final List<GroupId> lockedGroups = new ArrayList<>();
    /** How often a pending request was looked for without the lock of its place. */
    int unlockedLooks;

    final Map<Long, Group> groups = new LinkedHashMap<>();
    final List<Member> members = new ArrayList<>();
    final Map<Long, JoinRequest> requests = new LinkedHashMap<>();
    final Map<Long, Invitation> invitations = new LinkedHashMap<>();
    /** Blocker and blocked, of each block. */
    final Set<List<UserId>> blocks = new HashSet<>();
    final Map<UserId, UserCard> users = new LinkedHashMap<>();
    final List<DomainEvent> published = new ArrayList<>();
    int lookups;
    private long lastGroup;
    private long lastMember;
    private long lastRequest;
    private long lastInvitation;
    private final AddMemberService addMember = new AddMemberService(this, this, this, this);
    private final ExpireInvitationsService expireInvitations = new ExpireInvitationsService(this, this, this,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    void addUser(long id) {
        users.put(new UserId(id), new UserCard(new UserId(id), "user" + id, Sex.MALE, "", ""));
    }

    boolean isMember(GroupId group, UserId user) {
        return members.stream().anyMatch(member -> member.membership().group().equals(group)
                && member.membership().user().equals(user));
    }

    @Override
    public Optional<Group> findById(GroupId id) {
        lookups++;
        return Optional.ofNullable(groups.get(id.value()));
    }

    @Override
    public Optional<Group> findByIdForUpdate(GroupId id) {
        lockedGroups.add(id);
        return findById(id);
    }

    @Override
    public List<Group> findAllById(Collection<GroupId> ids) {
        lookups++;
        return ids.stream().distinct().map(id -> groups.get(id.value())).filter(group -> group != null).toList();
    }

    @Override
    public List<Group> groupsOf(UserId member, int limit, @Nullable GroupId after, @Nullable Collection<Long> only) {
        lookups++;
        return members.stream().filter(entry -> entry.membership().user().equals(member))
                .map(entry -> groups.get(entry.membership().group().value()))
                .filter(group -> after == null || group.getId().value() > after.value())
                .filter(group -> only == null || only.contains(group.getId().value())).limit(limit).toList();
    }

    @Override
    public GroupId nextGroupId() {
        return new GroupId(++lastGroup);
    }

    @Override
    public void add(Group group) {
        groups.put(group.getId().value(), group);
    }

    @Override
    public void save(Group group) {
        groups.put(group.getId().value(), group);
    }

    @Override
    public void delete(GroupId id) {
        groups.remove(id.value());
        members.removeIf(member -> member.membership().group().equals(id));
        requests.values().removeIf(request -> request.getGroup().equals(id));
    }

    @Override
    public List<UserId> memberIds(GroupId group) {
        return members.stream().map(Member::membership).filter(membership -> membership.group().equals(group))
                .map(Membership::user).toList();
    }

    @Override
    public List<GroupId> groupIdsOf(UserId member) {
        return members.stream().map(Member::membership).filter(membership -> membership.user().equals(member))
                .map(Membership::group).toList();
    }

    @Override
    public List<GroupId> groupIdsReferencing(UserId user) {
        Set<GroupId> referencing = new HashSet<>();
        members.stream().map(Member::membership).filter(membership -> user.equals(membership.inviter())
                && !membership.user().equals(user)).forEach(membership -> referencing.add(membership.group()));
        groups.values().stream().filter(group -> user.equals(group.noticePosterId()))
                .forEach(group -> referencing.add(group.getId()));
        requests.values().stream().filter(request -> user.equals(request.getInviter())
                || user.equals(request.getHandler())).forEach(request -> referencing.add(request.getGroup()));
        return List.copyOf(referencing);
    }

    @Override
    public Optional<Membership> successorOf(GroupId group, UserId leaving) {
        return members.stream().filter(member -> member.membership().group().equals(group))
                .filter(member -> !member.membership().user().equals(leaving))
                .sorted(Comparator.comparing((Member member) -> -member.membership().role().ordinal())
                        .thenComparing(Member::id))
                .map(Member::membership).findFirst();
    }

    @Override
    public boolean remove(GroupId group, UserId user) {
        return members.removeIf(member -> member.membership().group().equals(group)
                && member.membership().user().equals(user));
    }

    @Override
    public void save(Membership membership) {
        members.replaceAll(member -> isOf(member, membership.group(), membership.user())
                ? new Member(member.id(), membership) : member);
    }

    @Override
    public void forgetInviter(GroupId group, UserId inviter) {
        members.replaceAll(member -> {
            Membership was = member.membership();
            return was.group().equals(group) && inviter.equals(was.inviter()) && !was.user().equals(inviter)
                    ? new Member(member.id(), new Membership(was.group(), was.user(), was.role(), null,
                            was.joinedAt(), was.muteUntil()))
                    : member;
        });
    }

    private static boolean isOf(Member member, GroupId group, UserId user) {
        return member.membership().group().equals(group) && member.membership().user().equals(user);
    }

    @Override
    public Optional<Membership> find(GroupId group, UserId user) {
        lookups++;
        return members.stream().map(Member::membership)
                .filter(membership -> membership.group().equals(group) && membership.user().equals(user)).findFirst();
    }

    @Override
    public List<Member> membersOf(GroupId group, int limit, @Nullable MemberCursor after,
            @Nullable Collection<Long> only) {
        lookups++;
        return members.stream().filter(member -> member.membership().group().equals(group))
                .filter(member -> only == null || only.contains(member.membership().user().value()))
                .sorted(Comparator.comparing((Member member) -> -member.membership().role().ordinal())
                        .thenComparing(Member::id))
                .limit(limit).toList();
    }

    @Override
    public boolean addIfAbsent(Membership membership) {
        if (isMember(membership.group(), membership.user())) {
            return false;
        }
        members.add(new Member(++lastMember, membership));
        return true;
    }

    @Override
    public Optional<JoinRequest> findById(JoinRequestId id) {
        lookups++;
        return Optional.ofNullable(requests.get(id.value()));
    }

    @Override
    public void lockMembership(GroupId group, UserId user) {
        lockedMemberships.add(List.of(group, user));
    }

    @Override
    public Optional<JoinRequest> findPending(GroupId group, UserId applicant) {
        lookups++;
        if (!lockedMemberships.contains(List.of(group, applicant))) {
            unlockedLooks++;
        }
        return requests.values().stream().filter(JoinRequest::isPending)
                .filter(request -> request.getGroup().equals(group) && request.getApplicant().equals(applicant))
                .findFirst();
    }

    @Override
    public List<JoinRequest> listOfApplicant(UserId applicant, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only) {
        return list(request -> request.getApplicant().equals(applicant)
                && (only == null || only.contains(request.getId().value())), results, limit);
    }

    @Override
    public List<JoinRequest> listOfGroup(GroupId group, Set<JoinResult> results, int limit,
            @Nullable JoinRequestId before, @Nullable Collection<Long> only) {
        return list(request -> request.getGroup().equals(group)
                && (only == null || only.contains(request.getId().value())), results, limit);
    }

    private List<JoinRequest> list(Predicate<JoinRequest> whose, Set<JoinResult> results, int limit) {
        lookups++;
        return requests.values().stream().filter(whose)
                .filter(request -> results.isEmpty() || results.contains(request.getResult()))
                .sorted(Comparator.comparing((JoinRequest request) -> request.getId().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<GroupId> groupIdsAppliedToBy(UserId applicant) {
        return requests.values().stream().filter(request -> request.getApplicant().equals(applicant))
                .map(JoinRequest::getGroup).distinct().toList();
    }

    @Override
    public int removeRequestsOf(GroupId group, UserId applicant) {
        int before = requests.size();
        requests.values().removeIf(request -> request.getGroup().equals(group)
                && request.getApplicant().equals(applicant));
        return before - requests.size();
    }

    @Override
    public JoinRequestId nextJoinRequestId() {
        return new JoinRequestId(++lastRequest);
    }

    @Override
    public boolean addIfNonePending(JoinRequest request) {
        if (request.isPending() && requests.values().stream().filter(JoinRequest::isPending).anyMatch(
                pending -> pending.getGroup().equals(request.getGroup())
                        && pending.getApplicant().equals(request.getApplicant()))) {
            return false;
        }
        requests.put(request.getId().value(), request);
        return true;
    }

    @Override
    public boolean saveIfStillPending(JoinRequest handled) {
        requests.put(handled.getId().value(), handled);
        return true;
    }

    @Override
    public void forgetReferencesTo(GroupId group, UserId user) {
        requests.replaceAll((id, request) -> !request.getGroup().equals(group) ? request
                : JoinRequest.reconstitute(request.getId(), group, request.getApplicant(), request.getMessage(),
                        request.getSource(), user.equals(request.getInviter()) ? null : request.getInviter(),
                        request.getRequestedAt(), request.getResult(),
                        user.equals(request.getHandler()) ? null : request.getHandler(), request.getHandledAt()));
    }

    /** Every user held existing so far; there are no transactions here to let go of them. */
    final Set<UserId> held = new HashSet<>();

    @Override
    public void holdExisting(List<UserId> wanted) {
        wanted.stream().filter(users::containsKey).forEach(held::add);
        wanted.stream().filter(user -> !users.containsKey(user)).findFirst().ifPresent(missing -> {
            throw new UserNotFound(missing);
        });
    }

    @Override
    public Map<UserId, UserCard> cardsOf(Collection<UserId> wanted) {
        lookups++;
        return wanted.stream().distinct().filter(users::containsKey)
                .collect(Collectors.toMap(Function.identity(), users::get));
    }

    @Override
    public void publishEventsOf(EventRecordingAggregate aggregate) {
        List<DomainEvent> events = aggregate.pullEvents();
        published.addAll(events);
        events.stream().filter(GroupJoinRequestApproved.class::isInstance).map(GroupJoinRequestApproved.class::cast)
                .forEach(approved -> addMember.addMember(new AddMemberCommand(new GroupId(approved.groupId()),
                        new UserId(approved.userId()), new UserId(approved.inviterId()),
                        Instant.ofEpochSecond(approved.occurredAt()))));
        events.stream().filter(GroupDismissed.class::isInstance).map(GroupDismissed.class::cast)
                .forEach(dismissed -> expireInvitations.expireInvitationsInto(new GroupId(dismissed.groupId())));
    }

    @Override
    public Optional<Invitation> findById(InvitationId id) {
        return Optional.ofNullable(invitations.get(id.value()));
    }

    @Override
    public Optional<Invitation> findPendingInvitation(GroupId group, UserId invitee) {
        return invitations.values().stream().filter(invitation -> invitation.isPending()
                && invitation.getGroup().equals(group) && invitation.getInvitee().equals(invitee)).findFirst();
    }

    @Override
    public List<Invitation> listOfInvitee(UserId invitee, Set<InvitationState> states, int limit,
            @Nullable InvitationId before, @Nullable Collection<Long> only) {
        lookups++;
        return invitations.values().stream().filter(invitation -> invitation.getInvitee().equals(invitee))
                .filter(invitation -> only == null || only.contains(invitation.getId().value()))
                .filter(invitation -> states.isEmpty() || states.contains(invitation.getState()))
                .filter(invitation -> before == null || invitation.getId().value() < before.value())
                .sorted(Comparator.comparingLong((Invitation invitation) -> invitation.getId().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<Invitation> pendingInto(GroupId group) {
        return invitations.values().stream().filter(Invitation::isPending)
                .filter(invitation -> invitation.getGroup().equals(group)).toList();
    }

    @Override
    public List<Invitation> pendingDueBy(Instant now, int limit) {
        return invitations.values().stream().filter(Invitation::isPending)
                .filter(invitation -> invitation.isDue(now)).limit(limit).toList();
    }

    @Override
    public List<GroupId> groupIdsInvitingOrInvitedBy(UserId user) {
        return invitations.values().stream().filter(invitation -> invitation.getInvitee().equals(user)
                || user.equals(invitation.getInviter())).map(Invitation::getGroup).distinct().toList();
    }

    @Override
    public InvitationId nextInvitationId() {
        return new InvitationId(++lastInvitation);
    }

    @Override
    public boolean addIfNonePending(Invitation invitation) {
        if (findPendingInvitation(invitation.getGroup(), invitation.getInvitee()).isPresent()) {
            return false;
        }
        invitations.put(invitation.getId().value(), invitation);
        return true;
    }

    @Override
    public boolean saveIfStillPending(Invitation ended) {
        invitations.put(ended.getId().value(), ended);
        return true;
    }

    @Override
    public boolean takeExpiryRound() {
        return true;
    }

    @Override
    public void forgetUser(UserId user) {
        invitations.values().removeIf(invitation -> invitation.getInvitee().equals(user));
        invitations.replaceAll((id, invitation) -> !user.equals(invitation.getInviter()) ? invitation
                : Invitation.reconstitute(invitation.getId(), invitation.getGroup(), invitation.getInvitee(), null,
                        invitation.getSentAt(), invitation.getExpiresAt(), invitation.getState(),
                        invitation.getAnsweredAt()));
    }

    @Override
    public boolean hasBlocked(UserId blocker, UserId blocked) {
        return blocks.contains(List.of(blocker, blocked));
    }
}
