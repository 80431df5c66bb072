package io.hichat.friendship.application;

import java.time.Instant;
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
import java.util.stream.Collectors;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import io.hichat.friendship.application.port.in.MakeFriendsCommand;
import io.hichat.friendship.application.port.out.HoldUsersPort;
import io.hichat.friendship.application.port.out.LoadBlocksPort;
import io.hichat.friendship.application.port.out.LoadFriendRequestPort;
import io.hichat.friendship.application.port.out.LoadFriendsPort;
import io.hichat.friendship.application.port.out.LoadPairStandingPort;
import io.hichat.friendship.application.port.out.LoadUserCardsPort;
import io.hichat.friendship.application.port.out.LockFriendPairPort;
import io.hichat.friendship.application.port.out.SaveBlocksPort;
import io.hichat.friendship.application.port.out.SaveFriendRequestPort;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.Block;
import io.hichat.friendship.domain.BlockEntry;
import io.hichat.friendship.domain.Friend;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.Friendship;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.PairStanding;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.friendship.domain.UserPair;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.UserNotFound;

/**
 * The friendship context's outgoing ports in memory. Published events go straight to a make-friends service, as
 * the in-transaction listener does in the application.
 */
final class InMemoryFriendship implements LoadFriendRequestPort, SaveFriendRequestPort, LoadFriendsPort,
        SaveFriendsPort, LoadBlocksPort, SaveBlocksPort, LoadUserCardsPort, HoldUsersPort, LoadPairStandingPort,
        DomainEventPublisher, LockFriendPairPort {

    final Map<Long, FriendRequest> requests = new LinkedHashMap<>();
    final List<Friend> friends = new ArrayList<>();
    final Map<UserPair, Friendship> friendships = new LinkedHashMap<>();
    final List<BlockEntry> blocks = new ArrayList<>();
    final Map<BlockEntry, UserId> blockers = new LinkedHashMap<>();
    final Map<UserId, UserCard> users = new LinkedHashMap<>();
    final List<DomainEvent> published = new ArrayList<>();
    int cardLookups;
    /** The pairs locked so far; there are no transactions here to release them. */
    final Set<Set<UserId>> lockedPairs = new HashSet<>();
    /** How often what stands between two users was looked at without their pair's lock. */
    int unlockedLooks;
    /** Every user held existing so far; there are no transactions here to let go of them. */
    final Set<UserId> held = new HashSet<>();
    private long lastRequestId;
    private long lastFriendId;
    private long lastBlockId;
    private final MakeFriendsService makeFriends = new MakeFriendsService(this);

    void addUser(long id, String nickname) {
        UserId user = new UserId(id);
        users.put(user, new UserCard(user, nickname, Sex.UNKNOWN, "http://example.com/" + id + ".png", ""));
    }

    @Override
    public Optional<FriendRequest> findById(FriendRequestId id) {
        return Optional.ofNullable(requests.get(id.value()));
    }

    @Override
    public void lockPair(UserId one, UserId other) {
        lockedPairs.add(Set.copyOf(List.of(one, other)));
    }

    @Override
    public PairStanding standingBetween(UserId one, UserId other) {
        if (!lockedPairs.contains(Set.copyOf(List.of(one, other)))) {
            unlockedLooks++;
        }
        List<Block> between = blocks.stream()
                .filter(entry -> Set.of(blockers.get(entry), entry.blocked()).equals(Set.copyOf(List.of(one, other))))
                .map(entry -> Block.reconstitute(blockers.get(entry), entry.blocked(), entry.blockedAt())).toList();
        return new PairStanding(one, other, one.equals(other) ? null : friendships.get(UserPair.of(one, other)),
                between, pendingBetween(one, other).orElse(null));
    }

    private Optional<FriendRequest> pendingBetween(UserId one, UserId other) {
        return requests.values().stream().filter(FriendRequest::isPending)
                .filter(request -> Set.of(request.getApplicant(), request.getRecipient())
                        .equals(Set.copyOf(List.of(one, other))))
                .findFirst();
    }

    @Override
    public List<FriendRequest> list(UserId user, RequestBox box, Set<HandleResult> results, int limit,
            @Nullable FriendRequestId before, @Nullable Collection<Long> only) {
        Function<FriendRequest, UserId> owner = box == RequestBox.SENT ? FriendRequest::getApplicant
                : FriendRequest::getRecipient;
        return requests.values().stream().filter(request -> owner.apply(request).equals(user))
                .filter(request -> results.isEmpty() || results.contains(request.getResult()))
                .filter(request -> before == null || request.getId().value() < before.value())
                .filter(request -> only == null || only.contains(request.getId().value()))
                .sorted(Comparator.comparing((FriendRequest request) -> request.getId().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public FriendRequestId nextId() {
        return new FriendRequestId(++lastRequestId);
    }

    @Override
    public boolean addIfNonePending(FriendRequest request) {
        if (pendingBetween(request.getApplicant(), request.getRecipient()).isPresent()) {
            return false;
        }
        requests.put(request.getId().value(), request);
        return true;
    }

    @Override
    public boolean saveIfStillPending(FriendRequest handled) {
        requests.put(handled.getId().value(), handled);
        return true;
    }

    @Override
    public List<Friend> friendsOf(UserId user, int limit, @Nullable Long after, @Nullable Collection<Long> only) {
        return friends.stream().filter(friend -> friend.user().equals(user))
                .filter(friend -> after == null || friend.id() > after)
                .filter(friend -> only == null || only.contains(friend.friend().value())).limit(limit).toList();
    }

    @Override
    public void add(Friendship friendship) {
        if (friendships.putIfAbsent(friendship.getPair(), friendship) == null) {
            UserId applicant = friendship.getApplicant();
            UserId recipient = friendship.getPair().otherThan(applicant);
            friends.add(new Friend(++lastFriendId, applicant, recipient, null));
            friends.add(new Friend(++lastFriendId, recipient, applicant, null));
        }
    }

    @Override
    public void remove(Friendship friendship) {
        UserPair pair = friendship.getPair();
        friendships.remove(pair);
        friends.removeIf(friend -> pair.contains(friend.user()) && pair.contains(friend.friend()));
    }

    @Override
    public boolean setRemark(UserId user, UserId friend, @Nullable Remark remark) {
        for (int i = 0; i < friends.size(); i++) {
            Friend entry = friends.get(i);
            if (entry.user().equals(user) && entry.friend().equals(friend)) {
                friends.set(i, new Friend(entry.id(), user, friend, remark == null ? null : remark.value()));
                return true;
            }
        }
        return false;
    }

    @Override
    public List<BlockEntry> blockedBy(UserId blocker, int limit, @Nullable Long before,
            @Nullable Collection<Long> only) {
        return blocks.stream().filter(entry -> blockers.get(entry).equals(blocker))
                .filter(entry -> before == null || entry.id() < before)
                .filter(entry -> only == null || only.contains(entry.blocked().value()))
                .sorted(Comparator.comparing(BlockEntry::id).reversed()).limit(limit).toList();
    }

    @Override
    public boolean hasBlocked(UserId blocker, UserId blocked) {
        return blocks.stream()
                .anyMatch(entry -> blockers.get(entry).equals(blocker) && entry.blocked().equals(blocked));
    }

    @Override
    public void add(Block block) {
        if (blocks.stream().noneMatch(entry -> placed(entry, block))) {
            BlockEntry entry = new BlockEntry(++lastBlockId, block.getBlocked(), block.getBlockedAt());
            blocks.add(entry);
            blockers.put(entry, block.getBlocker());
        }
    }

    @Override
    public void remove(Block block) {
        blocks.removeIf(entry -> placed(entry, block));
    }

    private boolean placed(BlockEntry entry, Block block) {
        return blockers.get(entry).equals(block.getBlocker()) && entry.blocked().equals(block.getBlocked());
    }

    @Override
    public List<Friendship> removeFriendshipsOf(UserId user) {
        List<Friendship> former = friendships.values().stream().filter(friendship -> friendship.getPair()
                .contains(user)).toList();
        former.forEach(this::remove);
        return former;
    }

    @Override
    public int removeRequestsOf(UserId user) {
        int before = requests.size();
        requests.values().removeIf(request -> request.getApplicant().equals(user)
                || request.getRecipient().equals(user));
        return before - requests.size();
    }

    @Override
    public int removeBlocksOf(UserId user) {
        int before = blocks.size();
        blocks.removeIf(entry -> entry.blocked().equals(user) || blockers.get(entry).equals(user));
        blockers.keySet().retainAll(blocks);
        return before - blocks.size();
    }

    @Override
    public void holdExisting(List<UserId> wanted) {
        wanted.stream().filter(users::containsKey).forEach(held::add);
        wanted.stream().filter(user -> !users.containsKey(user)).findFirst().ifPresent(missing -> {
            throw new UserNotFound(missing);
        });
    }

    @Override
    public Map<UserId, UserCard> cardsOf(Collection<UserId> wanted) {
        cardLookups++;
        return wanted.stream().filter(users::containsKey).distinct()
                .collect(Collectors.toMap(Function.identity(), users::get));
    }

    @Override
    public void publishEventsOf(EventRecordingAggregate aggregate) {
        List<DomainEvent> events = aggregate.pullEvents();
        published.addAll(events);
        events.stream().filter(FriendRequestAccepted.class::isInstance).map(FriendRequestAccepted.class::cast)
                .forEach(accepted -> makeFriends.makeFriends(new MakeFriendsCommand(
                        new FriendRequestId(accepted.friendRequestId()), new UserId(accepted.applicantId()),
                        new UserId(accepted.recipientId()), Instant.ofEpochSecond(accepted.occurredAt()))));
    }
}
