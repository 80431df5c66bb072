package io.hichat.friendship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.ListCopy;
import io.hichat.testing.ListCopy.Route;
import io.hichat.testing.ListCopy.Shape;
import io.hichat.testing.SyncProperty;
import tools.jackson.databind.JsonNode;

/**
 * Each friendship list, kept in step by {@code since} (contract §13), equals a fresh list however it changed: a
 * user and a few others befriend, unfriend, rename, block, ask, answer, change their profiles and delete their
 * accounts, one at a time and several at once.
 */
@HttpApiTest
class FriendshipListSyncApiTest {

    private static final Shape FRIENDS = new Shape("list", item -> item.get("friend_uid").stringValue());
    private static final Shape REQUESTS = new Shape("list", item -> Long.toString(item.get("id").asLong()));
    private static final Shape BLOCKED = new Shape("list", item -> item.get("user_uid").stringValue());

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    FriendshipApi friendship;
    SyncProperty property;
    Account me;

    @BeforeEach
    void aUserAndOthers() {
        friendship = new FriendshipApi(api);
        me = Accounts.register(api);
        property = new SyncProperty(jdbc, api, IntStream.range(0, 5).mapToObj(i -> Accounts.register(api)).toList());
    }

    @Test
    void theFriendListInStepEqualsAFreshOne() throws Exception {
        property.track("friends", route("/v1/social/friends"), FRIENDS).run(() -> {
            Set<String> friends = ids(friendship.friends(me), "friend_uid");
            return (other, random) -> {
                if (!friends.contains(other.id())) {
                    return random.nextBoolean() ? () -> befriend(me, other) : () -> befriend(other, me);
                }
                String remark = "r" + random.nextInt(1000);
                return switch (random.nextInt(5)) {
                    case 0 -> () -> assertThat(friendship.unfriend(me, other).status()).isEqualTo(200);
                    case 1 -> () -> assertThat(friendship.unfriend(other, me).status()).isEqualTo(200);
                    case 2 -> () -> assertThat(friendship.remark(me, other, remark).status()).isEqualTo(200);
                    case 3 -> property.deletion(other, Accounts.register(api));
                    default -> property.profileChange(other);
                };
            };
        });
    }

    @Test
    void bothClassesOfTheRequestListInStepEqualAFreshOne() throws Exception {
        property.track("requests sent", route("/v1/social/friend/putIns?class=1"), REQUESTS)
                .track("requests received", route("/v1/social/friend/putIns?class=2"), REQUESTS).run(() -> {
                    Set<String> friends = ids(friendship.friends(me), "friend_uid");
                    List<JsonNode> pending = new ArrayList<>();
                    friendship.list(me, "/v1/social/friend/putIns?class=1&type=0").forEach(pending::add);
                    friendship.list(me, "/v1/social/friend/putIns?class=2&type=0").forEach(pending::add);
                    return (other, random) -> {
                        JsonNode open = pending.stream().filter(request -> involves(request, other)).findFirst()
                                .orElse(null);
                        if (open != null) {
                            return answer(open, other, random);
                        }
                        if (friends.contains(other.id())) {
                            return random.nextInt(3) == 0 ? property.deletion(other, Accounts.register(api))
                                    : () -> assertThat(friendship.unfriend(me, other).status()).isEqualTo(200);
                        }
                        Account from = random.nextBoolean() ? me : other;
                        return () -> assertThat(friendship.send(from, from == me ? other : me).status())
                                .isEqualTo(200);
                    };
                });
    }

    @Test
    void theBlockListInStepEqualsAFreshOne() throws Exception {
        property.track("block list", route("/v1/social/blacklist"), BLOCKED).run(() -> {
            Set<String> blocked = ids(friendship.blacklist(me), "user_uid");
            return (other, random) -> {
                if (!blocked.contains(other.id())) {
                    return () -> assertThat(friendship.block(me, other).status()).isEqualTo(200);
                }
                return switch (random.nextInt(4)) {
                    case 0 -> () -> assertThat(friendship.unblock(me, other).status()).isEqualTo(200);
                    case 1 -> property.deletion(other, Accounts.register(api));
                    default -> property.profileChange(other);
                };
            };
        });
    }

    private Route route(String path) {
        return Route.of(api, me, path, null);
    }

    /** The applicant's request, answered by the recipient: accepted, refused, or by the applicant: cancelled. */
    private Runnable answer(JsonNode request, Account other, Random random) {
        int result = 1 + random.nextInt(3);
        String answering = result == 3 ? request.get("user_id").stringValue() : request.get("req_uid").stringValue();
        Account by = answering.equals(me.id()) ? me : other;
        return () -> assertThat(friendship.handle(by, request.get("id").asLong(), result).status()).isEqualTo(200);
    }

    /** The applicant asks, the recipient accepts that very request. */
    private void befriend(Account applicant, Account recipient) {
        assertThat(friendship.send(applicant, recipient).status()).isEqualTo(200);
        long request = friendship.received(recipient).valueStream()
                .filter(item -> item.get("user_id").stringValue().equals(applicant.id())
                        && item.get("handle_result").asInt() == 0)
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(friendship.handle(recipient, request, 1).status()).isEqualTo(200);
    }

    private static boolean involves(JsonNode request, Account other) {
        return request.get("user_id").stringValue().equals(other.id())
                || request.get("req_uid").stringValue().equals(other.id());
    }

    private static Set<String> ids(JsonNode list, String field) {
        return list.valueStream().map(item -> item.get(field).stringValue()).collect(Collectors.toSet());
    }
}
